// Scenarios on the same fixture are serialized by the engine's fixture pool, so the
// tests themselves may run in parallel.
[assembly: LevelOfParallelism(4)]
