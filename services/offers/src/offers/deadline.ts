// The offers' deadlines use the graph's one reading of zoned wall-clock time (the bench's data set loads it from here).
export { endOfDay, instantOfLocalTime, utcOffsetAt } from '@passerelle/subgraph-kit';
