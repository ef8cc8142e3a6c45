using System.Globalization;
using System.Text.RegularExpressions;
using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using ItInventory.Web.Features.Import.Parsing;

namespace ItInventory.Web.Features.Import;

/// <summary>ImportPlanner, part: reading single cells (departments, counts, amounts, contract terms, limited texts).</summary>
public sealed partial class ImportPlanner
{
    private static DepartmentRef? ResolveDepartment(CellValue cell, ColumnAssignment? column, PlanState state, Action<MessageSeverity, ColumnAssignment?, string> add)
    {
        string? number;
        string? name;
        if (cell.Kind == CellKind.Number)
        {
            number = cell.Display;
            name = null;
        }
        else
        {
            var match = NumberAndName().Match(cell.Display);
            number = match.Success ? match.Groups["number"].Value : null;
            name = match.Success ? match.Groups["name"].Value.Trim() : cell.Display.Trim();
            if (name.Length == 0) name = null;
        }

        if (number is not null)
        {
            if (number.Length > DepartmentNumberMaxLength)
            {
                add(MessageSeverity.Error, column, $"Die Amtsnummer „{number}“ ist länger als {DepartmentNumberMaxLength} Zeichen.");
                return null;
            }

            if (state.DepartmentByNumber(number) is { } known)
            {
                return known;
            }

            var newName = name ?? KgstDepartments.NameByNumber.GetValueOrDefault(number.TrimStart('0'));
            if (newName is null)
            {
                newName = $"Amt {number}";
                add(MessageSeverity.Warning, column, $"Das Amt {number} ist unbekannt und hat keinen Namen; es wird als „{newName}“ angelegt.");
            }
            else if (newName.Length > NameMaxLength)
            {
                add(MessageSeverity.Error, column, $"Der Name des Amts ist länger als {NameMaxLength} Zeichen.");
                return null;
            }

            return state.NewDepartment(number, newName);
        }

        if (state.DepartmentByName(name!) is { } byName)
        {
            return byName;
        }

        if (KgstDepartments.NumberOf(name!) is { } kgstNumber)
        {
            return state.DepartmentByNumber(kgstNumber) ?? state.NewDepartment(kgstNumber, name!);
        }

        add(MessageSeverity.Error, column, $"Das Amt „{name}“ ist unbekannt. Bitte geben Sie die KGSt-Nummer mit an (z. B. „33 Bürgeramt“), dann wird es angelegt.");
        return null;
    }

    private static int? ReadCount(CellValue cell, ColumnAssignment? column, string what, Action<MessageSeverity, ColumnAssignment?, string> add)
    {
        if (cell.IsEmpty || cell.Kind == CellKind.Text && IsPlaceholder(cell.Text))
        {
            return null;
        }

        var ok = cell.Kind switch
        {
            CellKind.Number => GermanCountParser.TryFromDouble(cell.Number, out var fromNumber) ? fromNumber : (int?)null,
            CellKind.Text => GermanCountParser.TryParse(cell.Text, out var fromText) ? fromText : null,
            _ => null,
        };
        if (ok is null)
        {
            add(MessageSeverity.Warning, column, $"„{cell.Display}“ ist keine {what} (erwartet eine ganze Zahl); der Wert wird nicht übernommen.");
        }

        return ok;
    }

    private static decimal? ReadAmount(CellValue cell, ColumnAssignment column, Action<MessageSeverity, ColumnAssignment?, string> add)
    {
        decimal? amount = cell.Kind switch
        {
            CellKind.Empty => null,
            CellKind.Number => GermanAmountParser.FromDouble(cell.Number),
            CellKind.Text when IsPlaceholder(cell.Text) => null,
            CellKind.Text when GermanAmountParser.TryParse(cell.Text, out var parsed) => parsed,
            _ => decimal.MinValue,
        };

        if (amount == decimal.MinValue)
        {
            add(MessageSeverity.Error, column, $"„{cell.Display}“ ist kein Betrag.");
            return null;
        }

        if (amount < 0)
        {
            add(MessageSeverity.Error, column, $"„{cell.Display}“ ist negativ. Gutschriften bitte als eigene Kostenposition in der Kostenübersicht erfassen.");
            return null;
        }

        if (AmountRules.Problem(amount, "Der Betrag") is { } problem)
        {
            add(MessageSeverity.Error, column, $"„{cell.Display}“: {problem}");
            return null;
        }

        return amount;
    }

    private void ReadContract(ImportRow row, CellValue endCell, ColumnAssignment? endColumn, string? noticeText, ColumnAssignment? noticeColumn, Action<MessageSeverity, ColumnAssignment?, string> add)
    {
        if (!endCell.IsEmpty && !(endCell.Kind == CellKind.Text && IsPlaceholder(endCell.Text)))
        {
            DateOnly? end = endCell.Kind switch
            {
                CellKind.Date => DateOnly.FromDateTime(endCell.Date),
                CellKind.Number when GermanDateParser.TryFromExcelSerial(endCell.Number, out var serial) => serial,
                CellKind.Text when GermanDateParser.TryParse(endCell.Text, out var parsed) => parsed,
                _ => null,
            };
            if (end is null)
            {
                add(MessageSeverity.Warning, endColumn, $"„{endCell.Display}“ ist kein Datum (erwartet z. B. 31.12.2026); das Vertragsende wird nicht übernommen.");
            }
            else if (DateRules.Problem(end, "Das Vertragsende") is { } problem)
            {
                add(MessageSeverity.Warning, endColumn, $"{problem} Es wird nicht übernommen.");
            }
            else
            {
                row.ContractEnd = end;
            }
        }

        if (noticeText is not null)
        {
            if (NoticePeriodParser.TryParse(noticeText, out var notice))
            {
                row.Notice = notice;
                row.NoticeText = noticeText;
                if (notice.Approximated)
                {
                    add(MessageSeverity.Warning, noticeColumn, $"„{noticeText}“ wird auf {notice.Months} Monate {Labels.Of(notice.Reference)} aufgerundet (Verträge führen Fristen in Monaten).");
                }
            }
            else
            {
                add(MessageSeverity.Warning, noticeColumn, $"„{noticeText}“ ist als Kündigungsfrist nicht erkannt (erwartet z. B. „3 Monate zum Jahresende“); sie wird nicht übernommen.");
            }
        }
    }

    private static string? Limited(string? text, int maxLength, ColumnAssignment? column, string what, Action<MessageSeverity, ColumnAssignment?, string> add)
    {
        if (text is null || text.Length <= maxLength)
        {
            return text;
        }

        add(MessageSeverity.Warning, column, $"{what} ist länger als {maxLength} Zeichen und wird gekürzt.");
        return text[..maxLength];
    }

    private static bool IsPlaceholder(string text) => Placeholders.Contains(text.Trim().ToLowerInvariant());

    [GeneratedRegex(@"^\s*(?<number>\d{1,4}(?:[./]\d{1,3})?)(?:\s*[-–:/]\s*|\s+|$)(?<name>.*)$")]
    private static partial Regex NumberAndName();
}
