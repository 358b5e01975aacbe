#!/usr/bin/env python3
# English plural forms for pokee_en.ts, made from the source text: "file(s)" -> "file" / "files".
# Run after update_translations: python3 translations/fill-english-plurals.py
import re, sys
p = sys.argv[1] if len(sys.argv) > 1 else "translations/pokee_en.ts"
s=open(p, encoding='utf-8').read()
def forms(src):
    one=src.replace('(es)','').replace('(s)','')
    other=src.replace('(es)','es').replace('(s)','s')
    special={'entries':'entry','folders deep':'folder deep','rounds of':'round of','tries':'try',
             '%1 tokens (':'%1 token ('}
    for k,v in special.items():
        one=one.replace(k,v)
    one=one.replace('call wait for','call waits for').replace('call wait in','call waits in')
    return one, other
def unesc(t): return t.replace('&amp;','&').replace('&lt;','<').replace('&gt;','>').replace('&quot;','"').replace('&apos;',"'")
def esc(t): return t.replace('&','&amp;').replace('<','&lt;').replace('>','&gt;')
out=[]; pos=0
for m in re.finditer(r'<message numerus="yes">(.*?)</message>', s, re.S):
    body=m.group(1)
    src=unesc(re.search(r'<source>(.*?)</source>', body, re.S).group(1))
    one,other=forms(src)
    newt='<translation>\n            <numerusform>%s</numerusform>\n            <numerusform>%s</numerusform>\n        </translation>'%(esc(one),esc(other))
    body2=re.sub(r'<translation[^>]*>.*?</translation>|<translation[^>]*/>', lambda _: newt, body, flags=re.S)
    out.append(s[pos:m.start(1)]); out.append(body2); pos=m.end(1)
out.append(s[pos:])
open(p,'w',encoding='utf-8').write(''.join(out))
