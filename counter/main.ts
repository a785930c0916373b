// Entry point of /counter/: theme on the document, then the console element.
import { installTheme } from '../ui/theme.js';
import './giliran-counter.js';

installTheme();
