import { defineCode } from '../define';
import { display, q } from '../text';
import type { Translate } from './env';

export const duplicateItem = defineCode('duplicate-item', 'error', {
  en: (a: { key: string; value: string }) => `${q(a.value)} appears more than once in ${q(a.key)}.`,
  da: (a) => `${q(a.value)} står mere end én gang i ${q(a.key)}.`,
});

/** `uniqueItems`: on the later of the two, which is the one to remove. */
export const uniqueItems: Translate = ({ error, at, key, params }, { emit, place }) => {
  const later = Math.max(Number(params.i), Number(params.j));
  const first = Math.min(Number(params.i), Number(params.j));
  const item = Array.isArray(error.data) ? error.data[later] : undefined;
  const path = [...at, String(later)];
  emit({ code: duplicateItem, range: place.value(path), path, args: { key, value: display(item) }, data: { value: item, index: later, firstIndex: first } });
};
