import { addSource } from '../index';
import messages from '../locales/nl/beamer.json';

// Imported for its effect by every surface that shows the 'beamer' namespace.
addSource('beamer', messages);
