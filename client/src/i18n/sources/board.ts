import { addSource } from '../index';
import messages from '../locales/nl/board.json';

// Imported for its effect by every surface that shows the 'board' namespace.
addSource('board', messages);
