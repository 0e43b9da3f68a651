namespace Conformance.Spec.Schemas;

/// <summary>
/// How a document's schema objects are read. OpenAPI 3.1 schemas are JSON Schema 2020-12; OpenAPI
/// 3.0 schema objects are an extended subset of draft Wright-00 (nullable, boolean exclusive
/// bounds, <c>$ref</c> that replaces its siblings) and are translated to 2020-12 before use.
/// </summary>
public enum SchemaDialect
{
    OpenApi30,
    OpenApi31,
}
