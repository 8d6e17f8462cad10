// The web suites' stand-in for node:assert/strict must fail where Node's would: a lenient stand-in
// would let the web tests pass without proving anything.
import * as node from 'node:assert/strict';
import * as web from '../web/assert';

const cases: Array<[string, () => void, () => void]> = [
  ['equal is strict', () => node.equal(1 as unknown, '1'), () => web.equal(1 as unknown, '1')],
  ['equal holds for NaN and NaN, as Object.is', () => node.equal(NaN, NaN), () => web.equal(NaN, NaN)],
  ['deepEqual on arrays of a different length', () => node.deepEqual([1, 2], [1, 2, 3]), () => web.deepEqual([1, 2], [1, 2, 3])],
  ['deepEqual on nested values', () => node.deepEqual({ a: [{ b: 1 }] }, { a: [{ b: '1' }] }), () => web.deepEqual({ a: [{ b: 1 }] }, { a: [{ b: '1' }] })],
  ['deepEqual on a missing key', () => node.deepEqual({ a: 1, b: undefined }, { a: 1, c: undefined }), () => web.deepEqual({ a: 1, b: undefined }, { a: 1, c: undefined })],
  ['deepEqual on an array and an object', () => node.deepEqual([], {}), () => web.deepEqual([], {})],
  ['deepEqual on equal structures', () => node.deepEqual({ a: [1, 'x', null] }, { a: [1, 'x', null] }), () => web.deepEqual({ a: [1, 'x', null] }, { a: [1, 'x', null] })],
  ['ok on 0', () => node.ok(0), () => web.ok(0)],
  ['match on a miss', () => node.match('abc', /d/), () => web.match('abc', /d/)],
  ['notEqual on the same', () => node.notEqual('a', 'a'), () => web.notEqual('a', 'a')],
];

describe('The assertions of the web suites', () => {
  for (const [name, withNode, withWeb] of cases) {
    it(`agree with node:assert/strict: ${name}`, () => {
      const threw = (f: () => void) => {
        try {
          f();
          return false;
        } catch {
          return true;
        }
      };
      node.equal(threw(withWeb), threw(withNode));
    });
  }

  it('put the caller\'s message first', () => {
    node.throws(() => web.equal(1, 2, 'the count'), /^AssertionError: the count\nexpected 2\n {5}got 1$/m);
  });
});
