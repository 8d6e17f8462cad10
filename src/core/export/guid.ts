// Stable GUIDs: a name-based UUID (version 5: SHA-1 of a namespace and a name, RFC 9562), so that a
// report is the same case in every export and a QDA project that re-imports an update does not
// duplicate it. Web Crypto, which Node and a web worker both have.
import { sha1, utf8Encode } from '../text/webApis';

const NAMESPACE = 'c5a5ed0c-0000-4000-8000-000000000001';

export async function guid(name: string): Promise<string> {
  const ns = NAMESPACE.replace(/-/g, '').match(/../g)!.map((h) => parseInt(h, 16));
  const hash = (await sha1(new Uint8Array([...ns, ...utf8Encode(name)]))).slice(0, 16);
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
