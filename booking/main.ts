// Booking page entry (/booking/): theme on the document, then the app element.
import { installTheme } from '../ui/theme.js';
import './giliran-booking.js';

installTheme();
