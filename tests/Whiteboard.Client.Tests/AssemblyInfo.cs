// The UI culture is process-wide (CultureInfo.DefaultThreadCurrentUICulture): tests that switch it must not overlap.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
