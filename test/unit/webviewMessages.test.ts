import assert from 'node:assert/strict';
import { checkEdit, checkOverviewMessage, own, readOverviewMessage, setOwn, type EditRequest, type FieldEditor, type OverviewModel } from '../../src/webview/protocol';
import { labelOf } from '../../src/webview/overview/view';

// Names every plain object answers to without having them: a look-up by them on `{}` finds a
// function or the prototype, never undefined.
const INHERITED = ['toString', '__proto__', 'constructor', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];
const TYPES: FieldEditor = { kind: 'choice', values: [{ id: 'co-creation', label: 'Co-creation' }, { id: 'co-production', label: 'Co-production' }] };
const EDITORS: Partial<Record<string, FieldEditor>> = { title: { kind: 'text' }, collaboration_type: TYPES, policy_area: { kind: 'choices', values: [{ id: 'health', label: 'Health' }] } };
const edit = (field: string, value: string | string[]): EditRequest => ({ type: 'edit', field, value, targets: [{ file: 'a.md', seen: '' }] });

describe('messages from the overview webview', () => {
  it('reads only its own properties, of the protocol\'s types and shapes', () => {
    assert.deepEqual(readOverviewMessage({ type: 'edit', field: 'title', value: 'x', targets: [{ file: 'a.md', seen: 'y', extra: 1 }] }), { type: 'edit', field: 'title', value: 'x', targets: [{ file: 'a.md', seen: 'y' }] });
    // What an object inherits is not what the message says.
    assert.deepEqual(checkOverviewMessage(Object.create({ type: 'ready' })), { reason: 'unknown type "undefined"' });
    assert.deepEqual(checkOverviewMessage(JSON.parse('{"__proto__": {"type": "ready"}}')), { reason: 'unknown type "undefined"' });
    assert.deepEqual(checkOverviewMessage({ type: 'open', __proto__: { file: 'a.md' } }), { reason: 'open: no file name' });
    const inheritedTarget = { type: 'edit', field: 'title', value: 'x', targets: [Object.create({ file: 'a.md', seen: '' })] };
    assert.deepEqual(checkOverviewMessage(inheritedTarget), { reason: 'edit of title: a report without its file or seen value' });
    assert.deepEqual(checkOverviewMessage([{ type: 'ready' }]), { reason: 'not an object' });
    assert.deepEqual(checkOverviewMessage({ type: 'edit', field: 'title', value: 'x', targets: [] }), { reason: 'edit of title: no list of reports' });
    assert.deepEqual(checkOverviewMessage({ type: 'edit', field: 'title', value: { length: 1 }, targets: [{ file: 'a.md', seen: '' }] }), { reason: 'edit of title: the value is not text or a list of texts' });
  });

  for (const name of INHERITED) {
    it(`refuses ${name} as a type, an export format, a field and a vocabulary value, and says why`, () => {
      assert.deepEqual(checkOverviewMessage({ type: name }), { reason: `unknown type ${JSON.stringify(name)}` });
      assert.deepEqual(checkOverviewMessage({ type: 'export', format: name }), { reason: 'export: unknown format' });
      // A plain key to the protocol; not one of the schema's fields the table edits.
      const message = checkOverviewMessage({ type: 'edit', field: name, value: 'x', targets: [{ file: 'a.md', seen: '' }] });
      assert.ok('message' in message && message.message.type === 'edit');
      assert.deepEqual(checkEdit(message.message, EDITORS), { reason: `edit: ${JSON.stringify(name)} is not a field the table edits` });
      assert.deepEqual(checkEdit(edit('collaboration_type', name), EDITORS), { reason: `edit of collaboration_type: ${JSON.stringify(name)} is not one of its values` });
      assert.deepEqual(checkEdit(edit('policy_area', ['health', name]), EDITORS), { reason: `edit of policy_area: ${JSON.stringify(name)} is not one of its values` });
      // Free text may say anything, these words too.
      assert.deepEqual(checkEdit(edit('title', name), EDITORS), { editor: { kind: 'text' }, value: name });
    });
  }

  it('takes an edit of the schema\'s fields with its value as written: trimmed, a list split at `;`', () => {
    assert.deepEqual(checkEdit(edit('collaboration_type', ' co-creation '), EDITORS), { editor: TYPES, value: 'co-creation' });
    assert.deepEqual(checkEdit(edit('policy_area', 'health; '), EDITORS), { editor: EDITORS.policy_area, value: ['health'] });
    assert.deepEqual(checkEdit(edit('collaboration_type', 'partnership'), EDITORS), { reason: 'edit of collaboration_type: "partnership" is not one of its values' });
  });

  it('a schema field named __proto__ is a field like any other, never the object\'s prototype', () => {
    const editors: Partial<Record<string, FieldEditor>> = {};
    setOwn(editors, '__proto__', { kind: 'text' });
    assert.equal(Object.getPrototypeOf(editors), Object.prototype);
    assert.deepEqual(own(editors, '__proto__'), { kind: 'text' });
    assert.equal(own(editors, 'toString'), undefined);
    assert.deepEqual(checkEdit(edit('__proto__', 'x'), editors), { editor: { kind: 'text' }, value: 'x' });
  });

  it('labels a report\'s value by the model\'s own labels only: `toString` is shown as written', () => {
    const labels = { collaboration_type: { 'co-creation': 'Co-creation' } } as unknown as OverviewModel['labels'];
    const model = { labels } as OverviewModel;
    assert.equal(labelOf(model, 'collaboration_type', 'co-creation'), 'Co-creation');
    for (const name of INHERITED) assert.equal(labelOf(model, 'collaboration_type', name), name);
  });
});
