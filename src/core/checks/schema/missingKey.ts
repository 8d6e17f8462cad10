import { addKey } from '../../features/edits';
import { fieldAt, label } from '../../schema/vocabulary';
import { formatPointer, parsePointer } from '../../text/pointer';
import { defineCode, type Diagnosed } from '../define';
import { q, when } from '../text';
import type { Translate } from './env';

export const missingKey = defineCode('missing-key', 'error', {
  en: (a: { key: string; title?: string; parent?: string }) => `Missing required key ${q(a.key)}${when(a.title, ` (${a.title})`)}${when(a.parent, ` in ${q(a.parent)}`)}.`,
  da: (a) => `Den påkrævede nøgle ${q(a.key)}${when(a.title, ` (${a.title})`)} mangler${when(a.parent, ` i ${q(a.parent)}`)}.`,
}, (report, d: Diagnosed<{ key: string; parentPath: string }>, { schema, words }) => {
  // Added with a placeholder of its shape, left for the writer to fill in: not unasked.
  const edit = addKey(report, parsePointer(String(d.data.parentPath ?? '')), String(d.data.key), schema);
  return edit ? [{ title: words.add(String(d.data.key)), edits: [edit], preferred: true, unambiguous: false }] : [];
});

/** `required`: on the parent's key (or the opening fence at the root), where the key belongs. */
export const required: Translate = ({ error, at, key, params }, { emit, place, root, lang, meant }) => {
  const missing = String(params.missingProperty);
  // `governance_paradgm` is one mistake, not two: its "did you mean" names this key already.
  if (meant.has(formatPointer([...at, missing]))) return;
  emit({
    code: missingKey, range: place.missing(at), path: [...at, missing],
    args: { key: missing, title: label(fieldAt(root, [...at, missing]), lang) ?? undefined, parent: at.length ? key : undefined },
    data: { key: missing, parentPath: error.instancePath },
  });
};
