namespace Lark.Resources.Properties.Names;

/// <summary>
/// The public tc2231 catalogue (greenbytes.de, "Test Cases for HTTP Content-Disposition header field
/// (RFC 6266) and the Encodings defined in RFCs 2047, 2231 and 5987"), one row per case:
/// name, header, expected disposition type (or <see cref="Invalid"/> when the header is void), expected
/// file name (or null). Header bytes are written as .NET hands them over: each byte one ISO-8859-1
/// character, so tc2231's raw byte E4 is <c>\u00E4</c> and raw UTF-8 C3 A4 is <c>\u00C3\u00A4</c>.
/// The parser returns the decoded name before any file-system sanitising (path stripping, NFC), which
/// a later rule does; rows marked "pre-sanitising" keep what the header says.
/// </summary>
public static class Tc2231Catalogue
{
    public const string Invalid = "invalid";

    public static TheoryData<string, string, string, string?> Cases { get; } = new()
    {
        // --- Disposition-Type Inline ---
        { "inlonly", "inline", "inline", null },
        { "inlonlyquoted", "\"inline\"", Invalid, null },
        { "inlwithasciifilename", "inline; filename=\"foo.html\"", "inline", "foo.html" },
        { "inlwithfnattach", "inline; filename=\"Not an attachment!\"", "inline", "Not an attachment!" },
        { "inlwithasciifilenamepdf", "inline; filename=\"foo.pdf\"", "inline", "foo.pdf" },

        // --- Disposition-Type Attachment ---
        { "attonly", "attachment", "attachment", null },
        { "attonlyquoted", "\"attachment\"", Invalid, null },
        // Same header as attonly; tc2231 tests it on a 403 answer, which a header parser cannot see.
        { "attonly403", "attachment", "attachment", null },
        { "attonlyucase", "ATTACHMENT", "attachment", null },
        { "attwithasciifilename", "attachment; filename=\"foo.html\"", "attachment", "foo.html" },
        { "attwithasciifilename25", "attachment; filename=\"0000000000111111111122222\"", "attachment", "0000000000111111111122222" },
        { "attwithasciifilename35", "attachment; filename=\"00000000001111111111222222222233333\"", "attachment", "00000000001111111111222222222233333" },
        { "attwithasciifnescapedchar", "attachment; filename=\"f\\oo.html\"", "attachment", "foo.html" },
        // tc2231 lets a UA strip the quotes for safety; the parser keeps them (the sanitiser decides).
        { "attwithasciifnescapedquote", "attachment; filename=\"\\\"quoting\\\" tested.html\"", "attachment", "\"quoting\" tested.html" },
        { "attwithquotedsemicolon", "attachment; filename=\"Here's a semicolon;.html\"", "attachment", "Here's a semicolon;.html" },
        { "attwithfilenameandextparam", "attachment; foo=\"bar\"; filename=\"foo.html\"", "attachment", "foo.html" },
        { "attwithfilenameandextparamescaped", "attachment; foo=\"\\\"\\\\\";filename=\"foo.html\"", "attachment", "foo.html" },
        { "attwithasciifilenameucase", "attachment; FILENAME=\"foo.html\"", "attachment", "foo.html" },
        { "attwithasciifilenamenq", "attachment; filename=foo.html", "attachment", "foo.html" },
        { "attwithtokfncommanq", "attachment; filename=foo,bar.html", Invalid, null },
        { "attwithasciifilenamenqs", "attachment; filename=foo.html ;", Invalid, null },
        { "attemptyparam", "attachment; ;filename=foo", Invalid, null },
        { "attwithasciifilenamenqws", "attachment; filename=foo bar.html", Invalid, null },
        { "attwithfntokensq", "attachment; filename='foo.bar'", "attachment", "'foo.bar'" },
        // Byte E4 alone is not UTF-8, so the Lark rule leaves the ISO-8859-1 reading, as tc2231 wants.
        { "attwithisofnplain", "attachment; filename=\"foo-\u00E4.html\"", "attachment", "foo-\u00E4.html" },
        // DEVIATES from tc2231 (which wants "foo-\u00C3\u00A4.html"): the Lark rule. Lark sends raw UTF-8
        // in filename and .NET reads it as ISO-8859-1; valid multi-byte UTF-8 is read back as UTF-8.
        { "attwithutf8fnplain", "attachment; filename=\"foo-\u00C3\u00A4.html\"", "attachment", "foo-\u00E4.html" },
        { "attwithfnrawpctenca", "attachment; filename=\"foo-%41.html\"", "attachment", "foo-%41.html" },
        { "attwithfnusingpct", "attachment; filename=\"50%.html\"", "attachment", "50%.html" },
        { "attwithfnrawpctencaq", "attachment; filename=\"foo-%\\41.html\"", "attachment", "foo-%41.html" },
        // "name" is only an extension parameter (tc2231: almost any behaviour acceptable); RFC 6266 ignores it.
        { "attwithnamepct", "attachment; name=\"foo-%41.html\"", "attachment", null },
        { "attwithfilenamepctandiso", "attachment; filename=\"\u00E4-%41.html\"", "attachment", "\u00E4-%41.html" },
        { "attwithfnrawpctenclong", "attachment; filename=\"foo-%c3%a4-%e2%82%ac.html\"", "attachment", "foo-%c3%a4-%e2%82%ac.html" },
        { "attwithasciifilenamews1", "attachment; filename =\"foo.html\"", "attachment", "foo.html" },
        { "attwith2filenames", "attachment; filename=\"foo.html\"; filename=\"bar.html\"", Invalid, null },
        { "attfnbrokentoken", "attachment; filename=foo[1](2).html", Invalid, null },
        { "attfnbrokentokeniso", "attachment; filename=foo-\u00E4.html", Invalid, null },
        { "attfnbrokentokenutf", "attachment; filename=foo-\u00C3\u00A4.html", Invalid, null },
        { "attmissingdisposition", "filename=foo.html", Invalid, null },
        { "attmissingdisposition2", "x=y; filename=foo.html", Invalid, null },
        { "attmissingdisposition3", "\"foo; filename=bar;baz\"; filename=qux", Invalid, null },
        { "attmissingdisposition4", "filename=foo.html, filename=bar.html", Invalid, null },
        { "emptydisposition", "; filename=foo.html", Invalid, null },
        { "doublecolon", ": inline; attachment; filename=foo.html", Invalid, null },
        { "attandinline", "inline; attachment; filename=foo.html", Invalid, null },
        { "attandinline2", "attachment; inline; filename=foo.html", Invalid, null },
        { "attbrokenquotedfn", "attachment; filename=\"foo.html\".txt", Invalid, null },
        { "attbrokenquotedfn2", "attachment; filename=\"bar", Invalid, null },
        { "attbrokenquotedfn3", "attachment; filename=foo\"bar;baz\"qux", Invalid, null },
        { "attmultinstances", "attachment; filename=foo.html, attachment; filename=bar.html", Invalid, null },
        { "attmissingdelim", "attachment; foo=foo filename=bar", Invalid, null },
        { "attmissingdelim2", "attachment; filename=bar foo=foo ", Invalid, null },
        { "attmissingdelim3", "attachment filename=bar", Invalid, null },
        { "attreversed", "filename=foo.html; attachment", Invalid, null },
        { "attconfusedparam", "attachment; xfilename=foo.html", "attachment", null },
        // Pre-sanitising: tc2231 wants the path dropped ("foo.html") or the name ignored; the sanitiser does that.
        { "attabspath", "attachment; filename=\"/foo.html\"", "attachment", "/foo.html" },
        // Pre-sanitising, as attabspath.
        { "attabspathwin", "attachment; filename=\"\\\\foo.html\"", "attachment", "\\foo.html" },

        // --- Additional Parameters ---
        { "attcdate", "attachment; creation-date=\"Wed, 12 Feb 1997 16:29:51 -0500\"", "attachment", null },
        { "attmdate", "attachment; modification-date=\"Wed, 12 Feb 1997 16:29:51 -0500\"", "attachment", null },

        // --- Disposition-Type Extension (handled like "attachment", RFC 6266 §4.2) ---
        { "dispext", "foobar", "foobar", null },
        { "dispextbadfn", "attachment; example=\"filename=example.txt\"", "attachment", null },

        // --- RFC 2231/5987/8187 character set encoding ---
        { "attwithisofn2231iso", "attachment; filename*=iso-8859-1''foo-%E4.html", "attachment", "foo-\u00E4.html" },
        { "attwithfn2231utf8", "attachment; filename*=UTF-8''foo-%c3%a4-%e2%82%ac.html", "attachment", "foo-\u00E4-\u20AC.html" },
        { "attwithfn2231noc", "attachment; filename*=''foo-%c3%a4-%e2%82%ac.html", "attachment", null },
        // Pre-sanitising: tc2231 wants NFC ("foo-\u00E4.html") on Windows targets; the sanitiser normalises.
        { "attwithfn2231utf8comp", "attachment; filename*=UTF-8''foo-a%cc%88.html", "attachment", "foo-a\u0308.html" },
        { "attwithfn2231utf8-bad", "attachment; filename*=iso-8859-1''foo-%c3%a4-%e2%82%ac.html", "attachment", null },
        { "attwithfn2231iso-bad", "attachment; filename*=utf-8''foo-%E4.html", "attachment", null },
        { "attwithfn2231ws1", "attachment; filename *=UTF-8''foo-%c3%a4.html", "attachment", null },
        { "attwithfn2231ws2", "attachment; filename*= UTF-8''foo-%c3%a4.html", "attachment", "foo-\u00E4.html" },
        { "attwithfn2231ws3", "attachment; filename* =UTF-8''foo-%c3%a4.html", "attachment", "foo-\u00E4.html" },
        { "attwithfn2231quot", "attachment; filename*=\"UTF-8''foo-%c3%a4.html\"", "attachment", null },
        { "attwithfn2231quot2", "attachment; filename*=\"foo%20bar.html\"", "attachment", null },
        { "attwithfn2231singleqmissing", "attachment; filename*=UTF-8'foo-%c3%a4.html", "attachment", null },
        { "attwithfn2231nbadpct1", "attachment; filename*=UTF-8''foo%", "attachment", null },
        { "attwithfn2231nbadpct2", "attachment; filename*=UTF-8''f%oo.html", "attachment", null },
        { "attwithfn2231dpct", "attachment; filename*=UTF-8''A-%2541.html", "attachment", "A-%41.html" },
        // Pre-sanitising, as attabspath.
        { "attwithfn2231abspathdisguised", "attachment; filename*=UTF-8''%5cfoo.html", "attachment", "\\foo.html" },

        // --- RFC 2231 continuations (optional in tc2231; not part of RFC 6266) ---
        // An RFC 6266 reader sees filename*0, filename*1, ... as unknown extension parameters: no name.
        { "attfncont", "attachment; filename*0=\"foo.\"; filename*1=\"html\"", "attachment", null },
        { "attfncontqs", "attachment; filename*0=\"foo\"; filename*1=\"\\b\\a\\r.html\"", "attachment", null },
        { "attfncontenc", "attachment; filename*0*=UTF-8''foo-%c3%a4; filename*1=\".html\"", "attachment", null },
        { "attfncontlz", "attachment; filename*0=\"foo\"; filename*01=\"bar\"", "attachment", null },
        { "attfncontnc", "attachment; filename*0=\"foo\"; filename*2=\"bar\"", "attachment", null },
        { "attfnconts1", "attachment; filename*1=\"foo.\"; filename*2=\"html\"", "attachment", null },
        { "attfncontord", "attachment; filename*1=\"bar\"; filename*0=\"foo\"", "attachment", null },

        // --- Encoding fallback: filename and filename* together ---
        { "attfnboth", "attachment; filename=\"foo-ae.html\"; filename*=UTF-8''foo-%c3%a4.html", "attachment", "foo-\u00E4.html" },
        { "attfnboth2", "attachment; filename*=UTF-8''foo-%c3%a4.html; filename=\"foo-ae.html\"", "attachment", "foo-\u00E4.html" },
        // tc2231 lets a UA pick either name or neither; without continuations only filename* is a name.
        { "attfnboth3", "attachment; filename*0*=ISO-8859-15''euro-sign%3d%a4; filename*=ISO-8859-1''currency-sign%3d%a4", "attachment", "currency-sign=\u00A4" },
        { "attnewandfn", "attachment; foobar=x; filename=\"foo.html\"", "attachment", "foo.html" },

        // --- RFC 2047 encoding (must not be decoded) ---
        { "attrfc2047token", "attachment; filename==?ISO-8859-1?Q?foo-=E4.html?=", Invalid, null },
        { "attrfc2047quoted", "attachment; filename=\"=?ISO-8859-1?Q?foo-=E4.html?=\"", "attachment", "=?ISO-8859-1?Q?foo-=E4.html?=" },
    };
}
