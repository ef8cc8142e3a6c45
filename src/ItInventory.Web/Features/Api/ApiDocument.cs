using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ItInventory.Web.Features.Api;

/// <summary>The OpenAPI document: German descriptions, the bearer token scheme, examples for the common parameters.</summary>
public static class ApiDocument
{
    public const string BearerScheme = "Bearer";

    private static readonly Dictionary<string, (string Description, string Example)> Parameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["asOf"] = ("Stichtag der Berechnung im Format JJJJ-MM-TT; ohne Angabe: heute.", "2024-06-30"),
        ["page"] = ("Seite, ab 1.", "1"),
        ["pageSize"] = ($"Einträge pro Seite, höchstens {ApiOptions.MaxPageSize} (Vorgabe {ApiQuery.DefaultPageSize}).", "25"),
        ["sort"] = ("Sortierschlüssel; mit „-“ davor absteigend.", "-name"),
        ["search"] = ("Freitextsuche.", "melde"),
    };

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "ItInventory API",
                Version = "v1",
                Description = "Die Dienst-Schnittstelle von ItInventory: alles, was die Oberfläche zeigt und ändert, mit denselben Regeln und Rollen. " +
                              "Anmeldung mit einem persönlichen Zugriffstoken (Authorization: Bearer itinv_…), das unter „Konto → API-Tokens“ angelegt wird. " +
                              "Fehler kommen als Problem Details (RFC 9457) auf Deutsch; Änderungen brauchen If-Match mit dem ETag. " +
                              "Der Teil einer GET-Antwort, der den Datensatz beschreibt (product, fields, terms; bei Schnittstellen und Preisindex die ganze Antwort), " +
                              "ist der Inhalt für PUT, mit allen Kennungen: unverändert zurückgesendet ändert er nichts. Zahlen sind JSON-Zahlen, keine Texte.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "itinv_…",
                Description = "Persönliches Zugriffstoken. Lese-Tokens dürfen nur lesen; Schreib-Tokens ändern im Rahmen der Rolle ihres Benutzers.",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] });
            return Task.CompletedTask;
        });

        options.AddSchemaTransformer(ApiRequiredMembers.MarkAsync);

        options.AddOperationTransformer((operation, context, _) =>
        {
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                if (parameter.Name is { } name && Parameters.TryGetValue(name, out var known))
                {
                    parameter.Description ??= known.Description;
                    parameter.Example = JsonValue.Create(known.Example);
                }
            }

            var method = context.Description.HttpMethod;
            if (method is "PUT" or "DELETE")
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = "If-Match",
                    In = ParameterLocation.Header,
                    Required = true,
                    Description = "Der ETag aus der letzten Antwort zu diesem Datensatz.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    Example = JsonValue.Create("\"3f2b8c1d9e7a4b6c8d0e1f2a3b4c5d6e\""),
                });
            }

            return Task.CompletedTask;
        });
    }
}
