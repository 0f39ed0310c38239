// gmg-widgets/define: the side-effect entry. `import 'gmg-widgets/define'` registers
// <gmg-chairs>, <gmg-work-streams>, <gmg-outcomes> and <gmg-timeline> (idempotent).
import { define } from './gmg-widgets.js';

define();
