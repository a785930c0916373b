// Entry point of /admin/: theme on the document (an admin page scrolls), then the app element.
import { installTheme } from '../ui/theme.js';
import './giliran-admin.js';

installTheme({ scroll: true });
