import { addSource } from '../index';
import messages from '../locales/nl/trajectory.json';

// Imported for its effect by every surface that shows the 'trajectory' namespace.
addSource('trajectory', messages);
