namespace Conformance.ReferenceTarget.Dfns.UserAction;

/// <summary>How a user action token is compared with the request it is presented for (D7 and its readings).</summary>
internal enum BindingMode
{
    /// <summary>Method, path and the exact payload string (D7).</summary>
    Exact,

    /// <summary>Method, path and the payload as parsed JSON (D7-alt-a).</summary>
    ParsedPayload,

    /// <summary>The 2022 action text, "Activate user (&lt;id&gt;)." (D7-alt-b).</summary>
    ActionText,
}
