// Boots the floor app exactly as www/main.js boots the widget.
import init from './pkg/bench_floor.js';

init().catch((err) => {
  console.error('floor: failed to start', err);
});
