/** The reading-order layer's lazily loaded code (see loadOrder.ts): the path and its painter. */
export { orderedPolys, readingPath } from '../../model/textLayer/readingPath.ts';
export { paintOrder } from './paintOrder.ts';
