// The in-host suites that run in the web build too: every one that needs no Node of its own, in the
// desktop order (test/integration/all.ts). The host-blocking benchmark, the hostile-files suite
// (Node's fs, v8 and vm) and the untrusted-workspace session stay with the desktop run.
import '../integration/extension.test';
import '../integration/panel.test';
import '../integration/overview.test';
import '../integration/vocabularyUpdate.test';
import '../integration/replaceValue.test';
import '../integration/importClassification.test';
import '../integration/tableEdit.test';
import '../integration/parity.test';
import '../integration/bounded.test';
