import { addSource } from '../index';
import messages from '../locales/nl/landing.json';

// Imported for its effect by every surface that shows the 'landing' namespace.
addSource('landing', messages);
