// A report's body as plain text for a QDA program's text source: what a reader reads, without the
// Markdown's marks — a block a paragraph, a list item a line, a table row a line of tab-separated
// cells, code as it is.
import type { Content, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

function block(node: Content): string {
  switch (node.type) {
    case 'list':
      return node.children.map((item) => `${node.ordered ? `${(node.start ?? 1) + node.children.indexOf(item)}.` : '-'} ${item.children.map(block).join('\n')}`).join('\n');
    case 'table':
      return node.children.map((row) => row.children.map((cell) => toString(cell)).join('\t')).join('\n');
    case 'code':
    case 'html':
      return node.value;
    case 'blockquote':
      return node.children.map(block).join('\n\n');
    case 'thematicBreak':
    case 'definition':
      return '';
    default:
      return toString(node);
  }
}

export function plainText(markdown: string): string {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  return tree.children.map((n) => block(n as Content)).filter((t) => t.trim() !== '').join('\n\n') + '\n';
}
