import { addSource } from '../index';
import messages from '../locales/nl/common.json';

// Imported for its effect by every surface that shows the 'common' namespace.
addSource('common', messages);
