// The in-host suites, bundled into one file for the extension host.
import './extension.test';
import './panel.test';
import './overview.test';
import './hostBlocking.test';
import './hostile.test';
import './untrusted.test';
