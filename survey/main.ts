// Entry point of /survey/ (the tablet at the exit): theme on the document, then the element.
import { installTheme } from '../ui/theme.js';
import './giliran-survey.js';

installTheme({ scroll: true });
