import { formatPointer } from '../text/pointer';
import type { Diagnostic, Lang } from '../types';
import type { Data, Finding } from './define';

/** A finding as the hosts receive it: its code's severity, its message in `lang`, its path as a JSON Pointer. */
export function makeDiagnostic<A, D = Data>(finding: Finding<A, D>, lang: Lang): Diagnostic {
  const { code, range, path } = finding;
  const { data } = finding as { data?: Data };
  const d: Diagnostic = {
    code: code.code,
    severity: code.severity,
    message: code.messages[lang]((finding.args ?? {}) as A),
    range,
    path: path === null ? null : formatPointer(path),
  };
  if (data) d.data = data;
  return d;
}
