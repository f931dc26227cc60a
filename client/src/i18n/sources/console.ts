import { addSource } from '../index';
import messages from '../locales/nl/console.json';

// Imported for its effect by every surface that shows the 'console' namespace.
addSource('console', messages);
