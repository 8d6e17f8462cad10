// `casedoc COMMAND --help`: the whole help cut down to that command: its usage and description,
// the options for all commands and its own, and the exit codes. One text (words.ts) serves both.

const HEADING = /^(?:Options for|Tilvalg for) (\S+):$/;

/** The help for one command, from the full help text. */
export function commandHelp(full: string, command: string): string {
  const paragraphs = full.trimEnd().split(/\n\n/);
  // The command's line in the list of commands, and the lines that continue it.
  const listed = paragraphs.find((p) => /^(?:Commands|Kommandoer):\n/.test(p)) ?? '';
  let description = new RegExp(`^ {2}${command} +(.*(?:\\n {4,}.*)*)`, 'm').exec(listed)?.[1].replace(/\n +/g, '\n  ') ?? '';
  // A command that takes arguments before its paths names them first: `replace   FIELD OLD NEW: …`.
  const args = /^([A-ZÆØÅ]+(?: [A-ZÆØÅ]+)*): /.exec(description);
  if (args) description = description.slice(args[0].length);
  const usage = paragraphs[0].replace(/<command>|<kommando>/, args ? `${command} ${args[1]}` : command);
  // Option sections: a heading line, then its indented lines.
  const sections: string[] = [];
  for (const p of paragraphs) {
    let current: string[] | null = null;
    for (const line of p.split('\n')) {
      const heading = HEADING.exec(line);
      if (heading) current = heading[1] === 'all' || heading[1] === 'alle' || heading[1] === command ? [line] : null;
      if (current && (heading || /^ /.test(line))) {
        if (heading) sections.push('');
        sections[sections.length - 1] += (heading ? '' : '\n') + line;
      }
    }
  }
  const exit = paragraphs.find((p) => /^(?:Exit codes|Afslutningskoder):/.test(p)) ?? '';
  return [usage, `  ${description}`, ...sections, exit].join('\n\n') + '\n';
}
