// Kiosk entry: theme on the document, then the app element does the rest.
import { installTheme } from '../ui/theme.js';
import './giliran-kiosk.js';

installTheme();
// A long press must not open a context menu on a touch kiosk (inline handlers are blocked by CSP).
addEventListener('contextmenu', (e) => e.preventDefault());
