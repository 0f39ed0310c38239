// gmg-widgets/define: the side-effect entry. `import 'gmg-widgets/define'` registers
// <gmg-chairs>, <gmg-work-streams>, <gmg-outcomes> and <gmg-timeline> and mounts every
// <div data-gmg-widget> (also those added later), as the script tag does; once per page.
import { start } from './api.js';

start();
