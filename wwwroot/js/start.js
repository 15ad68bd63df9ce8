// Load every language's satellite assemblies at start, so that switching language needs no reload.
// (The standalone WebAssembly script takes these options at the top level, not under "webAssembly".)
Blazor.start({ configureRuntime: runtime => runtime.withConfig({ loadAllSatelliteResources: true }) })
    .then(() => whiteboard.keepAppShell());
