# Regenerates ../JqReferenceCases.cs from cases.txt with a real jq 1.7.1: JQ=/path/to/jq python3 gen.py
import json, os, subprocess, sys
J=os.environ.get('JQ', 'jq')  # must be jq 1.7.1 built with decNumber
HERE=os.path.dirname(os.path.abspath(__file__))
ENV=json.dumps({"ok":True,"identity":"bot","data":{"saved_path":"/abs/x.png","size_bytes":123},
 "items":[{"name":"a.png","size":1,"tags":["x","y"]},{"name":"b.pdf","size":2048,"tags":[]},"oops"],
 "text":"héllo 😀 wörld","nested":{"z":1,"a":{"y":[1,2,{"k":"v"}],"x":{}}},"empty_obj":{},"empty_arr":[],
 "numbers":[1,-2.5,1.0,1e2,1000,0.0001,-0,12345678901234567890],"big":100000000000000000001,"neg":-3.25,
 "ctrl":"tab\there \"q\" back\\slash \u0001 \u007f é"}, ensure_ascii=False)
# keep the literal spelling of numbers in ENV as written, so rewrite them
ENV=ENV.replace('"numbers": [1, -2.5, 1.0, 100.0, 1000, 0.0001, 0, 12345678901234567890]','"numbers": [1, -2.5, 1.0, 1e2, 1000, 0.0001, -0, 12345678901234567890]')
cases=[]
for line in open(os.path.join(HERE, 'cases.txt'), encoding='utf-8'):
    line=line.rstrip('\n')
    if not line or line.startswith('#'): continue
    inp, flt = line.split('\t',1)
    if inp=='ENV': inp=ENV
    p=subprocess.run([J,'-r',flt],input=inp.encode(),capture_output=True)
    out=p.stdout.decode()
    err=p.stderr.decode()
    if p.returncode==3 or 'compile error' in err:
        kind='syntax'; expected=err.strip()
    elif err:
        kind='error'
        msg=err.strip().splitlines()[-1]
        pre='jq: error (at <stdin>:0): '
        # jq 1.7.1 prints outputs before the error; the API fails the whole evaluation
        expected=msg[len(pre):] if msg.startswith(pre) else msg
    else:
        kind='ok'; expected=out[:-1] if out.endswith('\n') else out
    cases.append((inp,flt,kind,expected))

def cs(x):
    out=[]
    for ch in x:
        o=ord(ch)
        if ch=='\\': out.append('\\\\')
        elif ch=='"': out.append('\\"')
        elif ch=='\n': out.append('\\n')
        elif ch=='\t': out.append('\\t')
        elif o<0x20 or o==0x7f: out.append('\\u%04x'%o)
        else: out.append(ch)
    return '"'+''.join(out)+'"'
ok=[c for c in cases if c[2]=='ok']; er=[c for c in cases if c[2]=='error']; sy=[c for c in cases if c[2]=='syntax']
print('ok',len(ok),'error',len(er),'syntax',len(sy), file=sys.stderr)
for c in sy: print('SYNTAX', c, file=sys.stderr)
L=[]
L.append('// Generated from real jq 1.7.1 (built from jqlang/jq tag jq-1.7.1 with decNumber): `jq -r FILTER <<< INPUT`.')
L.append('// Regenerate rather than edit by hand; the tests never run jq.')
L.append('namespace Lark.Resources.Properties.Jq;')
L.append('')
L.append('/// <summary>Inputs, filters and what jq 1.7.1 prints for them.</summary>')
L.append('internal static class JqReferenceCases')
L.append('{')
L.append('    /// <summary>The CLI envelope most cases filter.</summary>')
L.append('    public const string Envelope = '+cs(ENV)+';')
L.append('')
L.append('    /// <summary>(input, filter, jq -r output without the final newline).</summary>')
L.append('    public static TheoryData<string, string, string> Outputs => new()')
L.append('    {')
for i,f,k,e in ok:
    L.append('        { '+('Envelope' if i==ENV else cs(i))+', '+cs(f)+', '+cs(e)+' },')
L.append('    };')
L.append('')
L.append('    /// <summary>(input, filter, jq\'s error message).</summary>')
L.append('    public static TheoryData<string, string, string> Errors => new()')
L.append('    {')
for i,f,k,e in er:
    L.append('        { '+('Envelope' if i==ENV else cs(i))+', '+cs(f)+', '+cs(e)+' },')
L.append('    };')
L.append('}')
open(os.path.join(HERE, '..', 'JqReferenceCases.cs'),'w',encoding='utf-8').write('\n'.join(L)+'\n')

