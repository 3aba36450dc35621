using System.Text.Json.Serialization;

namespace DocAnalysis.Host.Workers;

/// <summary>
/// What crosses to and from a worker by System.Text.Json, source-generated: the settings and the descriptors, camelCase
/// names, the isolation as its name, any string kept exactly.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true, Converters = [typeof(ProtocolStringConverter)],
    DefaultIgnoreCondition = JsonIgnoreCondition.Never, PreferredObjectCreationHandling = JsonObjectCreationHandling.Replace)]
[JsonSerializable(typeof(EngineOptions))]
[JsonSerializable(typeof(List<AnalyserDescriptor>))]
internal sealed partial class WireJson : JsonSerializerContext;
