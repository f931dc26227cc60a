import { addSource } from '../index';
import messages from '../locales/nl/phone.json';

// Imported for its effect by every surface that shows the 'phone' namespace.
addSource('phone', messages);
