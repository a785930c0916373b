// Kiosk entry: theme on the document, then the app element does the rest.
import { installTheme } from '../ui/theme.js';
import './giliran-kiosk.js';

installTheme();
