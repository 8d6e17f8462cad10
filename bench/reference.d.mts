export interface ReferenceMessage { line: number; column: number; message: string }
export function referenceCheck(text: string): Promise<ReferenceMessage[]>;
