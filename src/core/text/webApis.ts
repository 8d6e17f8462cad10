// The WHATWG text encoders and Web Crypto: globals of every host the engine runs in (Node, browsers,
// web workers), reached here without the DOM's or Node's types, which the engine is built without.
interface Encoder { encode(s: string): Uint8Array }
interface Decoder { decode(b: Uint8Array): string }
interface Globals {
  TextEncoder: new () => Encoder;
  TextDecoder: new (label?: string) => Decoder;
  crypto: { subtle: { digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer> } };
}
const g = globalThis as unknown as Globals;

export const utf8Encode = (s: string): Uint8Array => new g.TextEncoder().encode(s);
export const utf8Decode = (b: Uint8Array): string => new g.TextDecoder('utf-8').decode(b);
export const sha1 = async (data: Uint8Array): Promise<Uint8Array> => new Uint8Array(await g.crypto.subtle.digest('SHA-1', data));
