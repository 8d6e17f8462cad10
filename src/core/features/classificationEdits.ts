// Setting frontmatter fields to given values with the least change: a value that is already there
// is left alone; a changed scalar is replaced in its own quotes; a list of the same length has its
// changed items replaced one by one; a missing key is added after its map's last entry. Comments,
// key order, quoting and line ends stay. What cannot be set in place is returned, not guessed at.
import { isMap, isScalar, isSeq, type Node, type Scalar, type YAMLSeq } from 'yaml';
import type { ParsedReport } from '../parse/report';
import { lookup } from '../parse/yaml';
import type { Range } from '../types';
import { eolOf } from '../text/eol';
import { insertKey, replaceScalar, type TextEdit } from './edits';

export interface FieldValue {
  path: readonly string[];
  value: string | readonly string[];
}

const SPECIAL = /^(?:true|false|yes|no|on|off|null|~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan)$/i;

/** A value as YAML text: plain where plain means the same text, else double-quoted (JSON's quoting is YAML's). */
export function yamlText(value: string, plainNumber = false): string {
  if (plainNumber && /^-?\d+(?:\.\d+)?$/.test(value)) return value;
  const plain = value !== '' && !SPECIAL.test(value) && !/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/[:#]\s|:$|\s#|[\n\r\t]|\s$|[[\]{},]/.test(value);
  return plain ? value : JSON.stringify(value);
}


export function classificationEdits(report: ParsedReport, values: readonly FieldValue[]): { edits: TextEdit[]; left: { path: readonly string[]; reason: 'not-a-value' | 'no-frontmatter' }[] } {
  const edits: TextEdit[] = [];
  const left: { path: readonly string[]; reason: 'not-a-value' | 'no-frontmatter' }[] = [];
  const yaml = report.yaml;
  if (!yaml) return { edits, left: values.map((v) => ({ path: v.path, reason: 'no-frontmatter' })) };
  const range = (node: Node): Range => ({ start: report.lines.positionAt(yaml.offset + node.range![0]), end: report.lines.positionAt(yaml.offset + node.range![1]) });
  const scalarEdit = (node: Scalar, value: string): TextEdit | null => {
    if (String(node.value) === value) return null;
    const raw = report.text.slice(yaml.offset + node.range![0], yaml.offset + node.range![1]);
    if (raw.startsWith('"') && raw.endsWith('"')) return replaceScalar(report, range(node), JSON.stringify(value).slice(1, -1));
    if (raw.startsWith("'") && raw.endsWith("'")) return replaceScalar(report, range(node), value.replace(/'/g, "''"));
    return { range: range(node), newText: yamlText(value, typeof node.value === 'number') };
  };
  // `period` may be missing while both its start and end are given: added once, as one map.
  const pending = new Map<string, string[]>();
  for (const { path, value } of values) {
    const found = lookup(yaml.doc, [...path]);
    const node = found.node;
    if (typeof value === 'string') {
      if (node && isScalar(node) && node.range) {
        const e = scalarEdit(node, value);
        if (e) edits.push(e);
      } else if (!node && found.key) {
        edits.push(afterColon(report, found.key, yamlText(value)));
      } else if (!node) {
        pending.set(path.slice(0, -1).join('\0'), [...(pending.get(path.slice(0, -1).join('\0')) ?? []), `${path[path.length - 1]}: ${yamlText(value)}`]);
      } else left.push({ path, reason: 'not-a-value' });
      continue;
    }
    const flow = `[${value.map((v) => yamlText(v)).join(', ')}]`;
    if (node && isSeq(node) && node.range && node.items.every((i) => isScalar(i) && i.range)) {
      const items = node.items as Scalar[];
      if (items.length === value.length) {
        items.forEach((item, i) => {
          const e = scalarEdit(item, value[i]);
          if (e) edits.push(e);
        });
      } else edits.push(listEdit(report, node, value, flow, range(node)));
    } else if (node && isScalar(node) && node.range) {
      if (String(node.value) !== value.join('; ')) edits.push({ range: range(node), newText: flow });
    } else if (!node && found.key) {
      edits.push(afterColon(report, found.key, flow));
    } else if (!node) {
      pending.set(path.slice(0, -1).join('\0'), [...(pending.get(path.slice(0, -1).join('\0')) ?? []), `${path[path.length - 1]}: ${flow}`]);
    } else left.push({ path, reason: 'not-a-value' });
  }
  for (const [parentKey, entries] of pending) {
    const parent = parentKey ? parentKey.split('\0') : [];
    const there = parent.length === 0 || lookup(yaml.doc, parent).node;
    let edit: TextEdit | null = null;
    if (there && (parent.length === 0 || isMap(lookup(yaml.doc, parent).node))) {
      // Each entry after the map's last one, in its order: one insertion holding them all.
      const [k0, ...rest] = entries;
      const first = insertKey(report, parent, k0.slice(0, k0.indexOf(': ')), ` ${k0.slice(k0.indexOf(': ') + 2)}`);
      if (first) {
        const eol = eolOf(report.text);
        const t = first.newText;
        const more = t.startsWith(', ') ? rest.map((e) => `, ${e}`)
          : !t.startsWith(eol) ? rest.map((e) => `${e}${eol}`)
            : rest.map((e) => `${eol}${/^ */.exec(t.slice(eol.length))![0]}${e}`);
        edit = { range: first.range, newText: t + more.join('') };
      }
    } else if (parent.length === 1) {
      // The group itself is missing (`period`): added as one flow map.
      edit = insertKey(report, [], parent[0], ` {${entries.join(', ')}}`);
    }
    if (edit) edits.push(edit);
    else for (const e of entries) left.push({ path: [...parent, e.split(': ')[0]], reason: 'not-a-value' });
  }
  return { edits, left };
}

/** `key:` with no value: the value written right after the colon (before a comment on that line). */
function afterColon(report: ParsedReport, key: Scalar, text: string): TextEdit {
  const after = report.text.indexOf(':', report.yaml!.offset + key.range![1]) + 1;
  const ws = /^[ \t]*/.exec(report.text.slice(after))![0].length;
  const comment = report.text[after + ws] === '#';
  const at = report.lines.positionAt(comment || ws === 0 ? after : after + ws);
  return { range: { start: at, end: at }, newText: comment ? ` ${text}` : ws === 0 ? ` ${text}` : text };
}

/** A list whose length changed: a flow list is rewritten in place; a block list as block items at its indent. */
function listEdit(report: ParsedReport, node: YAMLSeq, value: readonly string[], flow: string, range: Range): TextEdit {
  if (node.flow || value.length === 0) return { range, newText: flow };
  const eol = eolOf(report.text);
  const indent = ' '.repeat(range.start.character);
  return { range, newText: value.map((v, i) => `${i === 0 ? '' : indent}- ${yamlText(v)}`).join(eol) };
}
