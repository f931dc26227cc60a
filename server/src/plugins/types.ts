import type { Script } from '@visiebord/shared/script';
import type { Config } from '../config.ts';
import type { Rooms } from '../rooms/rooms.ts';
import type { Store } from '../store/types.ts';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    store: Store;
    rooms: Rooms;
    scripts: readonly Script[];
  }
}
