// Phone ticket page entry (/t/<ticketId>): theme (scrolling allowed on a phone), then the element.
import { installTheme } from '../ui/theme.js';
import './giliran-phone-ticket.js';

installTheme({ scroll: true });
