// The anthology as a REFI-QDA project exchange file (.qdpx, QDA-XML 1.0), which NVivo, ATLAS.ti,
// MAXQDA and QualCoder import: a zip of `project.qde` and `sources/`. Each report is a text source
// (its body as plain text) and a case linked to it; the classification fields are the case's
// variables; each attention point raised is a code, applied to the source of every case that raises
// it. GUIDs are derived from the report's path and the field's or point's id: the same in every
// export. The XML is built with fast-xml-builder, the zip with fflate, with no timestamps: the same
// anthology gives the same bytes.
import XMLBuilder from 'fast-xml-builder';
import { zipSync } from 'fflate';
import type { Summary } from '../summary/summarise';
import type { Lang } from '../types';
import { attributes } from './attributes';
import { guid } from './guid';
import { plainText } from './plainText';
import { NOT_XML, TextCleaner, type ExportResult, type TextNote } from './safeText';
import { utf8Encode } from '../text/webApis';

export interface ExportInput {
  summary: Summary;
  /** Each case report's Markdown body, by its file as the summary names it. */
  bodies: ReadonlyMap<string, string>;
  lang: Lang;
  /** Casedoc's version, named as the project's origin. */
  version: string;
}

const WORDS = {
  en: { project: 'Case anthology', codes: 'Attention points (Casedoc)', codesNote: 'The attention points the literature raises for each case, as Casedoc finds them from the classification.' },
  da: { project: 'Caseantologi', codes: 'Opmærksomhedspunkter (Casedoc)', codesNote: 'De opmærksomhedspunkter, litteraturen rejser for hver case, som Casedoc finder dem ud fra klassifikationen.' },
} satisfies Record<Lang, Record<string, string>>;

/** Code points, as REFI-QDA counts a selection's positions. */
const length = (text: string) => [...text].length;

// A surrogate not in a pair: what UTF-8, a source's encoding, cannot hold (the rest of a body is text).
const NOT_UTF8 = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `project.qde` and the sources' texts, by their paths in the zip, and what XML (or UTF-8, a
 * source's body) could not hold, left out and noted by report and field.
 */
export async function qdpxFiles(input: ExportInput): Promise<{ files: Record<string, string>; notes: TextNote[] }> {
  const { lang } = input;
  const xml = new TextCleaner(NOT_XML);
  const utf8 = new TextCleaner(NOT_UTF8);
  // The cases' GUIDs come from `c.file` as it is; the copy's strings are what is written.
  const s = xml.summary(input.summary);
  const w = WORDS[lang];
  const vars = attributes(s, lang);
  const user = await guid('user:casedoc');
  const codeOf = new Map<string, string>();
  for (const a of s.attention) codeOf.set(a.id, await guid(`code:${a.id}`));
  const files: Record<string, string> = {};
  const cases: unknown[] = [];
  const sources: unknown[] = [];
  for (const c of s.cases) {
    const source = await guid(`source:${c.file}`);
    const text = utf8.clean(plainText(input.bodies.get(c.file) ?? ''), c.file, 'body');
    files[`sources/${source}.txt`] = text;
    const values = [];
    for (const v of vars) {
      const value = v.value(c);
      if (value === null) continue;
      values.push({ VariableRef: { '@_targetGUID': await guid(`variable:${v.id}`) }, ...(v.type === 'Date' ? { DateValue: value } : { TextValue: value }) });
    }
    const file = xml.clean(c.file, c.file, 'file');
    const name = c.title ?? file;
    cases.push({ '@_guid': await guid(`case:${c.file}`), '@_name': name, Description: file, VariableValue: values, SourceRef: { '@_targetGUID': source } });
    const selections = [];
    for (const id of c.attentionPoints) {
      const code = codeOf.get(id);
      if (!code) continue;
      selections.push({
        '@_guid': await guid(`selection:${c.file}:${id}`), '@_name': id, '@_startPosition': 0, '@_endPosition': length(text), '@_creatingUser': user,
        Coding: { '@_guid': await guid(`coding:${c.file}:${id}`), '@_creatingUser': user, CodeRef: { '@_targetGUID': code } },
      });
    }
    sources.push({ '@_guid': source, '@_name': file.split('/').pop(), '@_plainTextPath': `internal://${source}.txt`, '@_creatingUser': user, Description: name, PlainTextSelection: selections });
  }
  const codes = await Promise.all(s.attention.map(async (a) => ({ '@_guid': codeOf.get(a.id), '@_name': a.id, '@_isCodable': true, Description: `${a.message} (${a.sourceText})` })));
  const project = {
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    Project: {
      '@_xmlns': 'urn:QDA-XML:project:1.0', '@_name': w.project, '@_origin': `Casedoc ${input.version}`, '@_creatingUserGUID': user,
      Users: { User: { '@_guid': user, '@_name': 'Casedoc' } },
      ...(codes.length ? { CodeBook: { Codes: { Code: { '@_guid': await guid('code:attention-points'), '@_name': w.codes, '@_isCodable': false, Description: w.codesNote, Code: codes } } } } : {}),
      Variables: { Variable: await Promise.all(vars.map(async (v) => ({ '@_guid': await guid(`variable:${v.id}`), '@_name': v.name, '@_typeOfVariable': v.type }))) },
      ...(cases.length ? { Cases: { Case: cases }, Sources: { TextSource: sources } } : {}),
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true, suppressBooleanAttributes: false });
  files['project.qde'] = builder.build(project) as string;
  return { files, notes: [...xml.notes, ...utf8.notes] };
}

/** The .qdpx file's bytes, and what had to be left out of them. */
export async function qdpx(input: ExportInput): Promise<ExportResult> {
  const { files, notes } = await qdpxFiles(input);
  // A fixed time for every entry: an unchanged anthology exports the same bytes.
  const mtime = new Date(Date.UTC(2000, 0, 1));
  return { bytes: zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, [utf8Encode(text), { mtime }]])), { level: 6 }), notes };
}
