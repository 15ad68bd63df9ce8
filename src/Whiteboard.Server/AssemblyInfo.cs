using System.Resources;

// Chinese is the product's default language: the neutral resources are zh-CN, English is the satellite.
[assembly: NeutralResourcesLanguage("zh-CN")]
