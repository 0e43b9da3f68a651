namespace Conformance.Diff.Schemas;

/// <summary>Who writes the data a schema describes, which decides what "tighter" means.</summary>
internal enum SchemaDirection
{
    /// <summary>The client writes it (request body, parameters): tighter breaks clients.</summary>
    Request,

    /// <summary>The server writes it in a 1xx–3xx answer: looser breaks clients.</summary>
    Response,

    /// <summary>The server writes it in a 4xx/5xx/default answer: as <see cref="Response"/>, reported
    /// under its own rule ids because error bodies are what clients and the suite's error-shape
    /// checks parse to tell one failure from another.</summary>
    Error,
}
