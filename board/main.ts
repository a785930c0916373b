// Entry point of /board/: theme on the document, then the board element.
import { installTheme } from '../ui/theme.js';
import './giliran-board.js';

installTheme();
