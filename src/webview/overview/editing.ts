// Editing the cases table in place: a drop-down of the schema's values for a vocabulary field (by
// their labels), checkboxes for a list of them, a text box for free text. Enter or a change applies,
// Escape leaves the cell as it was. Every value is put in as text.
import { SUMMARY_COLUMNS } from '../../core/summary/columns';
import type { SummaryCase } from '../../core/summary/summarise';
import { own, type EditableField, type FieldEditor, type OverviewModel } from '../protocol';
import { h, on } from './dom';
import type { OverviewWords } from './words';

/** A case's value of a field as the CSV (and the extension) has it: ids, a list joined by `; `. */
export function seenValue(model: OverviewModel, c: SummaryCase, field: EditableField): string {
  const column = SUMMARY_COLUMNS.find((col) => col.key === field);
  return column ? column.csv[0].value(c) : own(own(model.values, c.file), field)?.seen ?? '';
}

const onKey = <E extends HTMLElement>(el: E, keys: Record<string, () => void>): E =>
  on(el, 'keydown', (ev) => {
    const run = own(keys, (ev as KeyboardEvent).key);
    if (run) {
      ev.preventDefault();
      ev.stopPropagation();
      run();
    }
  });

/**
 * The editor of one value: `current` as the CSV has it. `commit` gets the new value (an id, a list
 * of ids, or text); `cancel` is Escape.
 */
export function valueEditor(editor: FieldEditor, current: string, label: string, w: OverviewWords, focusKey: string, commit: (value: string | string[]) => void, cancel: () => void): HTMLElement {
  if (editor.kind === 'choice') {
    const values = editor.values ?? [];
    const known = values.some((v) => v.id === current);
    // A value the vocabulary no longer offers (or never did) is shown as what it is, and not offered.
    const options = [
      ...(known ? [] : [h('option', { value: '', disabled: true, selected: true }, !current ? w.choose : editor.deprecated?.includes(current) ? w.noLongerUsed(current) : w.notOffered(current))]),
      ...values.map((v) => h('option', { value: v.id, selected: v.id === current }, v.label)),
    ];
    const select = h('select', { 'aria-label': label, 'data-focus': focusKey }, ...options);
    on(select, 'change', () => select.value && commit(select.value));
    return onKey(select, { Escape: cancel });
  }
  if (editor.kind === 'choices') {
    const chosen = new Set(current.split(';').map((v) => v.trim()).filter(Boolean));
    const boxes = (editor.values ?? []).map((v) => h('label', {}, h('input', { type: 'checkbox', value: v.id, checked: chosen.has(v.id) }), v.label));
    const unknown = [...chosen].filter((id) => !(editor.values ?? []).some((v) => v.id === id));
    const box = h('fieldset', { class: 'choices', 'aria-label': label },
      ...boxes,
      ...unknown.map((id) => h('p', { class: 'hint' }, editor.deprecated?.includes(id) ? w.noLongerUsed(id) : w.notOffered(id))),
      h('div', { class: 'edit-actions' },
        on(h('button', { type: 'button', 'data-focus': focusKey }, w.apply), 'click', () => commit([...box.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value).concat(unknown))),
        on(h('button', { type: 'button', class: 'secondary' }, w.cancel), 'click', cancel)));
    return onKey(box, { Escape: cancel });
  }
  const input = h('input', { type: 'text', value: current, 'aria-label': label, 'data-focus': focusKey, spellcheck: true });
  const apply = () => commit(editor.kind === 'texts' ? input.value.split(';').map((v) => v.trim()).filter(Boolean) : input.value);
  return h('div', { class: 'edit-text' }, onKey(input, { Enter: apply, Escape: cancel }),
    on(h('button', { type: 'button', title: w.apply, 'aria-label': w.apply }, '✓'), 'click', apply));
}
