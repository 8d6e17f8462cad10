// The in-host suites, bundled into one file for the extension host. The parity suite comes after the
// ones that edit and restore the examples (so it also proves they left nothing behind) and before the
// ones that only add files of their own.
import './extension.test';
import './panel.test';
import './overview.test';
import './vocabularyUpdate.test';
import './replaceValue.test';
import './importClassification.test';
import './tableEdit.test';
import './parity.test';
import './hostBlocking.test';
import './hostile.test';
import './bounded.test';
import './untrusted.test';
