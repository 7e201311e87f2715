var xa=Object.create;var br=Object.defineProperty;var Da=Object.getOwnPropertyDescriptor;var ka=Object.getOwnPropertyNames;var Ia=Object.getPrototypeOf,Ta=Object.prototype.hasOwnProperty;var kt=(e,t)=>()=>(t||e((t={exports:{}}).exports,t),t.exports);var Pa=(e,t,r,n)=>{if(t&&typeof t=="object"||typeof t=="function")for(let s of ka(t))!Ta.call(e,s)&&s!==r&&br(e,s,{get:()=>t[s],enumerable:!(n=Da(t,s))||n.enumerable});return e};var It=(e,t,r)=>(r=e!=null?xa(Ia(e)):{},Pa(t||!e||!e.__esModule?br(r,"default",{value:e,enumerable:!0}):r,e));var en=kt((ll,Zr)=>{var Oe=1e3,Ne=Oe*60,Fe=Ne*60,Ce=Fe*24,Ja=Ce*7,Qa=Ce*365.25;Zr.exports=function(e,t){t=t||{};var r=typeof e;if(r==="string"&&e.length>0)return Ya(e);if(r==="number"&&isFinite(e))return t.long?Za(e):Xa(e);throw new Error("val is not a non-empty string or a valid number. val="+JSON.stringify(e))};function Ya(e){if(e=String(e),!(e.length>100)){var t=/^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(e);if(t){var r=parseFloat(t[1]),n=(t[2]||"ms").toLowerCase();switch(n){case"years":case"year":case"yrs":case"yr":case"y":return r*Qa;case"weeks":case"week":case"w":return r*Ja;case"days":case"day":case"d":return r*Ce;case"hours":case"hour":case"hrs":case"hr":case"h":return r*Fe;case"minutes":case"minute":case"mins":case"min":case"m":return r*Ne;case"seconds":case"second":case"secs":case"sec":case"s":return r*Oe;case"milliseconds":case"millisecond":case"msecs":case"msec":case"ms":return r;default:return}}}}function Xa(e){var t=Math.abs(e);return t>=Ce?Math.round(e/Ce)+"d":t>=Fe?Math.round(e/Fe)+"h":t>=Ne?Math.round(e/Ne)+"m":t>=Oe?Math.round(e/Oe)+"s":e+"ms"}function Za(e){var t=Math.abs(e);return t>=Ce?ht(e,t,Ce,"day"):t>=Fe?ht(e,t,Fe,"hour"):t>=Ne?ht(e,t,Ne,"minute"):t>=Oe?ht(e,t,Oe,"second"):e+" ms"}function ht(e,t,r,n){var s=t>=r*1.5;return Math.round(e/r)+" "+n+(s?"s":"")}});var rn=kt((cl,tn)=>{function es(e){r.debug=r,r.default=r,r.coerce=u,r.disable=c,r.enable=s,r.enabled=d,r.humanize=en(),r.destroy=l,Object.keys(e).forEach(m=>{r[m]=e[m]}),r.names=[],r.skips=[],r.formatters={};function t(m){let p=0;for(let f=0;f<m.length;f++)p=(p<<5)-p+m.charCodeAt(f),p|=0;return r.colors[Math.abs(p)%r.colors.length]}r.selectColor=t;function r(m){let p,f=null,$,v;function h(...y){if(!h.enabled)return;let b=h,R=Number(new Date),G=R-(p||R);b.diff=G,b.prev=p,b.curr=R,p=R,y[0]=r.coerce(y[0]),typeof y[0]!="string"&&y.unshift("%O");let S=0;y[0]=y[0].replace(/%([a-zA-Z%])/g,(V,E)=>{if(V==="%%")return"%";S++;let Z=r.formatters[E];if(typeof Z=="function"){let te=y[S];V=Z.call(b,te),y.splice(S,1),S--}return V}),r.formatArgs.call(b,y),(b.log||r.log).apply(b,y)}return h.namespace=m,h.useColors=r.useColors(),h.color=r.selectColor(m),h.extend=n,h.destroy=r.destroy,Object.defineProperty(h,"enabled",{enumerable:!0,configurable:!1,get:()=>f!==null?f:($!==r.namespaces&&($=r.namespaces,v=r.enabled(m)),v),set:y=>{f=y}}),typeof r.init=="function"&&r.init(h),h}function n(m,p){let f=r(this.namespace+(typeof p>"u"?":":p)+m);return f.log=this.log,f}function s(m){r.save(m),r.namespaces=m,r.names=[],r.skips=[];let p=(typeof m=="string"?m:"").trim().replace(" ",",").split(",").filter(Boolean);for(let f of p)f[0]==="-"?r.skips.push(f.slice(1)):r.names.push(f)}function o(m,p){let f=0,$=0,v=-1,h=0;for(;f<m.length;)if($<p.length&&(p[$]===m[f]||p[$]==="*"))p[$]==="*"?(v=$,h=f,$++):(f++,$++);else if(v!==-1)$=v+1,h++,f=h;else return!1;for(;$<p.length&&p[$]==="*";)$++;return $===p.length}function c(){let m=[...r.names,...r.skips.map(p=>"-"+p)].join(",");return r.enable(""),m}function d(m){for(let p of r.skips)if(o(m,p))return!1;for(let p of r.names)if(o(m,p))return!0;return!1}function u(m){return m instanceof Error?m.stack||m.message:m}function l(){console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.")}return r.enable(r.load()),r}tn.exports=es});var gt=kt((ae,vt)=>{ae.formatArgs=rs;ae.save=ns;ae.load=as;ae.useColors=ts;ae.storage=ss();ae.destroy=(()=>{let e=!1;return()=>{e||(e=!0,console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."))}})();ae.colors=["#0000CC","#0000FF","#0033CC","#0033FF","#0066CC","#0066FF","#0099CC","#0099FF","#00CC00","#00CC33","#00CC66","#00CC99","#00CCCC","#00CCFF","#3300CC","#3300FF","#3333CC","#3333FF","#3366CC","#3366FF","#3399CC","#3399FF","#33CC00","#33CC33","#33CC66","#33CC99","#33CCCC","#33CCFF","#6600CC","#6600FF","#6633CC","#6633FF","#66CC00","#66CC33","#9900CC","#9900FF","#9933CC","#9933FF","#99CC00","#99CC33","#CC0000","#CC0033","#CC0066","#CC0099","#CC00CC","#CC00FF","#CC3300","#CC3333","#CC3366","#CC3399","#CC33CC","#CC33FF","#CC6600","#CC6633","#CC9900","#CC9933","#CCCC00","#CCCC33","#FF0000","#FF0033","#FF0066","#FF0099","#FF00CC","#FF00FF","#FF3300","#FF3333","#FF3366","#FF3399","#FF33CC","#FF33FF","#FF6600","#FF6633","#FF9900","#FF9933","#FFCC00","#FFCC33"];function ts(){if(typeof window<"u"&&window.process&&(window.process.type==="renderer"||window.process.__nwjs))return!0;if(typeof navigator<"u"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/))return!1;let e;return typeof document<"u"&&document.documentElement&&document.documentElement.style&&document.documentElement.style.WebkitAppearance||typeof window<"u"&&window.console&&(window.console.firebug||window.console.exception&&window.console.table)||typeof navigator<"u"&&navigator.userAgent&&(e=navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/))&&parseInt(e[1],10)>=31||typeof navigator<"u"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/)}function rs(e){if(e[0]=(this.useColors?"%c":"")+this.namespace+(this.useColors?" %c":" ")+e[0]+(this.useColors?"%c ":" ")+"+"+vt.exports.humanize(this.diff),!this.useColors)return;let t="color: "+this.color;e.splice(1,0,t,"color: inherit");let r=0,n=0;e[0].replace(/%[a-zA-Z%]/g,s=>{s!=="%%"&&(r++,s==="%c"&&(n=r))}),e.splice(n,0,t)}ae.log=console.debug||console.log||(()=>{});function ns(e){try{e?ae.storage.setItem("debug",e):ae.storage.removeItem("debug")}catch{}}function as(){let e;try{e=ae.storage.getItem("debug")}catch{}return!e&&typeof process<"u"&&"env"in process&&(e=process.env.DEBUG),e}function ss(){try{return localStorage}catch{}}vt.exports=rn()(ae);var{formatters:os}=vt.exports;os.j=function(e){try{return JSON.stringify(e)}catch(t){return"[UnexpectedJSONParseError]: "+t.message}}});var ut,C,Cr,Oa,Re,Er,Sr,xr,Dr,Ft,Tt,Pt,kr,qe={},Ir=[],Na=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ke=Array.isArray;function he(e,t){for(var r in t)e[r]=t[r];return e}function Lt(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function ve(e,t,r){var n,s,o,c={};for(o in t)o=="key"?n=t[o]:o=="ref"?s=t[o]:c[o]=t[o];if(arguments.length>2&&(c.children=arguments.length>3?ut.call(arguments,2):r),typeof e=="function"&&e.defaultProps!=null)for(o in e.defaultProps)c[o]===void 0&&(c[o]=e.defaultProps[o]);return lt(e,c,n,s,null)}function lt(e,t,r,n,s){var o={type:e,props:t,key:r,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++Cr,__i:-1,__u:0};return s==null&&C.vnode!=null&&C.vnode(o),o}function we(e){return e.children}function oe(e,t){this.props=e,this.context=t}function Te(e,t){if(t==null)return e.__?Te(e.__,e.__i+1):null;for(var r;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null)return r.__e;return typeof e.type=="function"?Te(e):null}function Tr(e){var t,r;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null){e.__e=e.__c.base=r.__e;break}return Tr(e)}}function Ot(e){(!e.__d&&(e.__d=!0)&&Re.push(e)&&!ct.__r++||Er!=C.debounceRendering)&&((Er=C.debounceRendering)||Sr)(ct)}function ct(){for(var e,t,r,n,s,o,c,d=1;Re.length;)Re.length>d&&Re.sort(xr),e=Re.shift(),d=Re.length,e.__d&&(r=void 0,n=void 0,s=(n=(t=e).__v).__e,o=[],c=[],t.__P&&((r=he({},n)).__v=n.__v+1,C.vnode&&C.vnode(r),Ut(t.__P,r,n,t.__n,t.__P.namespaceURI,32&n.__u?[s]:null,o,s??Te(n),!!(32&n.__u),c),r.__v=n.__v,r.__.__k[r.__i]=r,Nr(o,r,c),n.__e=n.__=null,r.__e!=s&&Tr(r)));ct.__r=0}function Pr(e,t,r,n,s,o,c,d,u,l,m){var p,f,$,v,h,y,b,R=n&&n.__k||Ir,G=t.length;for(u=Fa(r,t,R,u,G),p=0;p<G;p++)($=r.__k[p])!=null&&(f=$.__i==-1?qe:R[$.__i]||qe,$.__i=p,y=Ut(e,$,f,s,o,c,d,u,l,m),v=$.__e,$.ref&&f.ref!=$.ref&&(f.ref&&Mt(f.ref,null,$),m.push($.ref,$.__c||v,$)),h==null&&v!=null&&(h=v),(b=!!(4&$.__u))||f.__k===$.__k?u=Or($,u,e,b):typeof $.type=="function"&&y!==void 0?u=y:v&&(u=v.nextSibling),$.__u&=-7);return r.__e=h,u}function Fa(e,t,r,n,s){var o,c,d,u,l,m=r.length,p=m,f=0;for(e.__k=new Array(s),o=0;o<s;o++)(c=t[o])!=null&&typeof c!="boolean"&&typeof c!="function"?(u=o+f,(c=e.__k[o]=typeof c=="string"||typeof c=="number"||typeof c=="bigint"||c.constructor==String?lt(null,c,null,null,null):Ke(c)?lt(we,{children:c},null,null,null):c.constructor==null&&c.__b>0?lt(c.type,c.props,c.key,c.ref?c.ref:null,c.__v):c).__=e,c.__b=e.__b+1,d=null,(l=c.__i=La(c,r,u,p))!=-1&&(p--,(d=r[l])&&(d.__u|=2)),d==null||d.__v==null?(l==-1&&(s>m?f--:s<m&&f++),typeof c.type!="function"&&(c.__u|=4)):l!=u&&(l==u-1?f--:l==u+1?f++:(l>u?f--:f++,c.__u|=4))):e.__k[o]=null;if(p)for(o=0;o<m;o++)(d=r[o])!=null&&(2&d.__u)==0&&(d.__e==n&&(n=Te(d)),Lr(d,d));return n}function Or(e,t,r,n){var s,o;if(typeof e.type=="function"){for(s=e.__k,o=0;s&&o<s.length;o++)s[o]&&(s[o].__=e,t=Or(s[o],t,r,n));return t}e.__e!=t&&(n&&(t&&e.type&&!t.parentNode&&(t=Te(e)),r.insertBefore(e.__e,t||null)),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function je(e,t){return t=t||[],e==null||typeof e=="boolean"||(Ke(e)?e.some(function(r){je(r,t)}):t.push(e)),t}function La(e,t,r,n){var s,o,c,d=e.key,u=e.type,l=t[r],m=l!=null&&(2&l.__u)==0;if(l===null&&e.key==null||m&&d==l.key&&u==l.type)return r;if(n>(m?1:0)){for(s=r-1,o=r+1;s>=0||o<t.length;)if((l=t[c=s>=0?s--:o++])!=null&&(2&l.__u)==0&&d==l.key&&u==l.type)return c}return-1}function Rr(e,t,r){t[0]=="-"?e.setProperty(t,r??""):e[t]=r==null?"":typeof r!="number"||Na.test(t)?r:r+"px"}function it(e,t,r,n,s){var o,c;e:if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)r&&t in r||Rr(e.style,t,"");if(r)for(t in r)n&&r[t]==n[t]||Rr(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")o=t!=(t=t.replace(Dr,"$1")),c=t.toLowerCase(),t=c in e||t=="onFocusOut"||t=="onFocusIn"?c.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+o]=r,r?n?r.u=n.u:(r.u=Ft,e.addEventListener(t,o?Pt:Tt,o)):e.removeEventListener(t,o?Pt:Tt,o);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=r??"";break e}catch{}typeof r=="function"||(r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r))}}function Ar(e){return function(t){if(this.l){var r=this.l[t.type+e];if(t.t==null)t.t=Ft++;else if(t.t<r.u)return;return r(C.event?C.event(t):t)}}}function Ut(e,t,r,n,s,o,c,d,u,l){var m,p,f,$,v,h,y,b,R,G,S,F,V,E,Z,te,Ge,Y=t.type;if(t.constructor!=null)return null;128&r.__u&&(u=!!(32&r.__u),o=[d=t.__e=r.__e]),(m=C.__b)&&m(t);e:if(typeof Y=="function")try{if(b=t.props,R="prototype"in Y&&Y.prototype.render,G=(m=Y.contextType)&&n[m.__c],S=m?G?G.props.value:m.__:n,r.__c?y=(p=t.__c=r.__c).__=p.__E:(R?t.__c=p=new Y(b,S):(t.__c=p=new oe(b,S),p.constructor=Y,p.render=Ma),G&&G.sub(p),p.props=b,p.state||(p.state={}),p.context=S,p.__n=n,f=p.__d=!0,p.__h=[],p._sb=[]),R&&p.__s==null&&(p.__s=p.state),R&&Y.getDerivedStateFromProps!=null&&(p.__s==p.state&&(p.__s=he({},p.__s)),he(p.__s,Y.getDerivedStateFromProps(b,p.__s))),$=p.props,v=p.state,p.__v=t,f)R&&Y.getDerivedStateFromProps==null&&p.componentWillMount!=null&&p.componentWillMount(),R&&p.componentDidMount!=null&&p.__h.push(p.componentDidMount);else{if(R&&Y.getDerivedStateFromProps==null&&b!==$&&p.componentWillReceiveProps!=null&&p.componentWillReceiveProps(b,S),!p.__e&&p.shouldComponentUpdate!=null&&p.shouldComponentUpdate(b,p.__s,S)===!1||t.__v==r.__v){for(t.__v!=r.__v&&(p.props=b,p.state=p.__s,p.__d=!1),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(ye){ye&&(ye.__=t)}),F=0;F<p._sb.length;F++)p.__h.push(p._sb[F]);p._sb=[],p.__h.length&&c.push(p);break e}p.componentWillUpdate!=null&&p.componentWillUpdate(b,p.__s,S),R&&p.componentDidUpdate!=null&&p.__h.push(function(){p.componentDidUpdate($,v,h)})}if(p.context=S,p.props=b,p.__P=e,p.__e=!1,V=C.__r,E=0,R){for(p.state=p.__s,p.__d=!1,V&&V(t),m=p.render(p.props,p.state,p.context),Z=0;Z<p._sb.length;Z++)p.__h.push(p._sb[Z]);p._sb=[]}else do p.__d=!1,V&&V(t),m=p.render(p.props,p.state,p.context),p.state=p.__s;while(p.__d&&++E<25);p.state=p.__s,p.getChildContext!=null&&(n=he(he({},n),p.getChildContext())),R&&!f&&p.getSnapshotBeforeUpdate!=null&&(h=p.getSnapshotBeforeUpdate($,v)),te=m,m!=null&&m.type===we&&m.key==null&&(te=Fr(m.props.children)),d=Pr(e,Ke(te)?te:[te],t,r,n,s,o,c,d,u,l),p.base=t.__e,t.__u&=-161,p.__h.length&&c.push(p),y&&(p.__E=p.__=null)}catch(ye){if(t.__v=null,u||o!=null)if(ye.then){for(t.__u|=u?160:128;d&&d.nodeType==8&&d.nextSibling;)d=d.nextSibling;o[o.indexOf(d)]=null,t.__e=d}else{for(Ge=o.length;Ge--;)Lt(o[Ge]);Nt(t)}else t.__e=r.__e,t.__k=r.__k,ye.then||Nt(t);C.__e(ye,t,r)}else o==null&&t.__v==r.__v?(t.__k=r.__k,t.__e=r.__e):d=t.__e=Ua(r.__e,t,r,n,s,o,c,u,l);return(m=C.diffed)&&m(t),128&t.__u?void 0:d}function Nt(e){e&&e.__c&&(e.__c.__e=!0),e&&e.__k&&e.__k.forEach(Nt)}function Nr(e,t,r){for(var n=0;n<r.length;n++)Mt(r[n],r[++n],r[++n]);C.__c&&C.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(o){o.call(s)})}catch(o){C.__e(o,s.__v)}})}function Fr(e){return typeof e!="object"||e==null||e.__b&&e.__b>0?e:Ke(e)?e.map(Fr):he({},e)}function Ua(e,t,r,n,s,o,c,d,u){var l,m,p,f,$,v,h,y=r.props,b=t.props,R=t.type;if(R=="svg"?s="http://www.w3.org/2000/svg":R=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),o!=null){for(l=0;l<o.length;l++)if(($=o[l])&&"setAttribute"in $==!!R&&(R?$.localName==R:$.nodeType==3)){e=$,o[l]=null;break}}if(e==null){if(R==null)return document.createTextNode(b);e=document.createElementNS(s,R,b.is&&b),d&&(C.__m&&C.__m(t,o),d=!1),o=null}if(R==null)y===b||d&&e.data==b||(e.data=b);else{if(o=o&&ut.call(e.childNodes),y=r.props||qe,!d&&o!=null)for(y={},l=0;l<e.attributes.length;l++)y[($=e.attributes[l]).name]=$.value;for(l in y)if($=y[l],l!="children"){if(l=="dangerouslySetInnerHTML")p=$;else if(!(l in b)){if(l=="value"&&"defaultValue"in b||l=="checked"&&"defaultChecked"in b)continue;it(e,l,null,$,s)}}for(l in b)$=b[l],l=="children"?f=$:l=="dangerouslySetInnerHTML"?m=$:l=="value"?v=$:l=="checked"?h=$:d&&typeof $!="function"||y[l]===$||it(e,l,$,y[l],s);if(m)d||p&&(m.__html==p.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[];else if(p&&(e.innerHTML=""),Pr(t.type=="template"?e.content:e,Ke(f)?f:[f],t,r,n,R=="foreignObject"?"http://www.w3.org/1999/xhtml":s,o,c,o?o[0]:r.__k&&Te(r,0),d,u),o!=null)for(l=o.length;l--;)Lt(o[l]);d||(l="value",R=="progress"&&v==null?e.removeAttribute("value"):v!=null&&(v!==e[l]||R=="progress"&&!v||R=="option"&&v!=y[l])&&it(e,l,v,y[l],s),l="checked",h!=null&&h!=e[l]&&it(e,l,h,y[l],s))}return e}function Mt(e,t,r){try{if(typeof e=="function"){var n=typeof e.__u=="function";n&&e.__u(),n&&t==null||(e.__u=e(t))}else e.current=t}catch(s){C.__e(s,r)}}function Lr(e,t,r){var n,s;if(C.unmount&&C.unmount(e),(n=e.ref)&&(n.current&&n.current!=e.__e||Mt(n,null,t)),(n=e.__c)!=null){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(o){C.__e(o,t)}n.base=n.__P=null}if(n=e.__k)for(s=0;s<n.length;s++)n[s]&&Lr(n[s],t,r||typeof e.type!="function");r||Lt(e.__e),e.__c=e.__=e.__e=void 0}function Ma(e,t,r){return this.constructor(e,r)}function Ht(e,t,r){var n,s,o,c;t==document&&(t=document.documentElement),C.__&&C.__(e,t),s=(n=typeof r=="function")?null:r&&r.__k||t.__k,o=[],c=[],Ut(t,e=(!n&&r||t).__k=ve(we,null,[e]),s||qe,qe,t.namespaceURI,!n&&r?[r]:s?null:t.firstChild?ut.call(t.childNodes):null,o,!n&&r?r:s?s.__e:t.firstChild,n,c),Nr(o,e,c)}function Pe(e){function t(r){var n,s;return this.getChildContext||(n=new Set,(s={})[t.__c]=this,this.getChildContext=function(){return s},this.componentWillUnmount=function(){n=null},this.shouldComponentUpdate=function(o){this.props.value!=o.value&&n.forEach(function(c){c.__e=!0,Ot(c)})},this.sub=function(o){n.add(o);var c=o.componentWillUnmount;o.componentWillUnmount=function(){n&&n.delete(o),c&&c.call(o)}}),r.children}return t.__c="__cC"+kr++,t.__=e,t.Provider=t.__l=(t.Consumer=function(r,n){return r.children(n)}).contextType=t,t}ut=Ir.slice,C={__e:function(e,t,r,n){for(var s,o,c;t=t.__;)if((s=t.__c)&&!s.__)try{if((o=s.constructor)&&o.getDerivedStateFromError!=null&&(s.setState(o.getDerivedStateFromError(e)),c=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,n||{}),c=s.__d),c)return s.__E=s}catch(d){e=d}throw e}},Cr=0,Oa=function(e){return e!=null&&e.constructor==null},oe.prototype.setState=function(e,t){var r;r=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=he({},this.state),typeof e=="function"&&(e=e(he({},r),this.props)),e&&he(r,e),e!=null&&this.__v&&(t&&this._sb.push(t),Ot(this))},oe.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Ot(this))},oe.prototype.render=we,Re=[],Sr=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,xr=function(e,t){return e.__v.__b-t.__v.__b},ct.__r=0,Dr=/(PointerCapture)$|Capture$/i,Ft=0,Tt=Ar(!1),Pt=Ar(!0),kr=0;var Ae,B,Wt,Ur,ze=0,Kr=[],j=C,Mr=j.__b,Hr=j.__r,Wr=j.diffed,Vr=j.__c,Br=j.unmount,Gr=j.__;function Je(e,t){j.__h&&j.__h(B,e,ze||t),ze=0;var r=B.__H||(B.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function _(e){return ze=1,jr(zr,e)}function jr(e,t,r){var n=Je(Ae++,2);if(n.t=e,!n.__c&&(n.__=[r?r(t):zr(void 0,t),function(d){var u=n.__N?n.__N[0]:n.__[0],l=n.t(u,d);u!==l&&(n.__N=[l,n.__[1]],n.__c.setState({}))}],n.__c=B,!B.__f)){var s=function(d,u,l){if(!n.__c.__H)return!0;var m=n.__c.__H.__.filter(function(f){return!!f.__c});if(m.every(function(f){return!f.__N}))return!o||o.call(this,d,u,l);var p=n.__c.props!==d;return m.forEach(function(f){if(f.__N){var $=f.__[0];f.__=f.__N,f.__N=void 0,$!==f.__[0]&&(p=!0)}}),o&&o.call(this,d,u,l)||p};B.__f=!0;var o=B.shouldComponentUpdate,c=B.componentWillUpdate;B.componentWillUpdate=function(d,u,l){if(this.__e){var m=o;o=void 0,s(d,u,l),o=m}c&&c.call(this,d,u,l)},B.shouldComponentUpdate=s}return n.__N||n.__}function q(e,t){var r=Je(Ae++,3);!j.__s&&Gt(r.__H,t)&&(r.__=e,r.u=t,B.__H.__h.push(r))}function Bt(e,t){var r=Je(Ae++,4);!j.__s&&Gt(r.__H,t)&&(r.__=e,r.u=t,B.__h.push(r))}function ge(e){return ze=5,ie(function(){return{current:e}},[])}function ie(e,t){var r=Je(Ae++,7);return Gt(r.__H,t)&&(r.__=e(),r.__H=t,r.__h=e),r.__}function pt(e,t){return ze=8,ie(function(){return e},t)}function mt(e){var t=B.context[e.__c],r=Je(Ae++,9);return r.c=e,t?(r.__==null&&(r.__=!0,t.sub(B)),t.props.value):e.__}function Ha(){for(var e;e=Kr.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(dt),e.__H.__h.forEach(Vt),e.__H.__h=[]}catch(t){e.__H.__h=[],j.__e(t,e.__v)}}j.__b=function(e){B=null,Mr&&Mr(e)},j.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Gr&&Gr(e,t)},j.__r=function(e){Hr&&Hr(e),Ae=0;var t=(B=e.__c).__H;t&&(Wt===B?(t.__h=[],B.__h=[],t.__.forEach(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})):(t.__h.forEach(dt),t.__h.forEach(Vt),t.__h=[],Ae=0)),Wt=B},j.diffed=function(e){Wr&&Wr(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Kr.push(t)!==1&&Ur===j.requestAnimationFrame||((Ur=j.requestAnimationFrame)||Wa)(Ha)),t.__H.__.forEach(function(r){r.u&&(r.__H=r.u),r.u=void 0})),Wt=B=null},j.__c=function(e,t){t.some(function(r){try{r.__h.forEach(dt),r.__h=r.__h.filter(function(n){return!n.__||Vt(n)})}catch(n){t.some(function(s){s.__h&&(s.__h=[])}),t=[],j.__e(n,r.__v)}}),Vr&&Vr(e,t)},j.unmount=function(e){Br&&Br(e);var t,r=e.__c;r&&r.__H&&(r.__H.__.forEach(function(n){try{dt(n)}catch(s){t=s}}),r.__H=void 0,t&&j.__e(t,r.__v))};var qr=typeof requestAnimationFrame=="function";function Wa(e){var t,r=function(){clearTimeout(n),qr&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(r,35);qr&&(t=requestAnimationFrame(r))}function dt(e){var t=B,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),B=t}function Vt(e){var t=B;e.__c=e.__(),B=t}function Gt(e,t){return!e||e.length!==t.length||t.some(function(r,n){return r!==e[n]})}function zr(e,t){return typeof t=="function"?t(e):t}var me=class extends Error{constructor(t,r,n=null){super(r),this.kind=t,this.field=n}},Va=new Set(["ExpiredSignatureError","InvalidTokenError","JSONWebTokenExpired","JSONWebTokenError","DecodeError","InvalidSignatureError"]);function qt(e,t){return async function(n,s={}){let o={"Content-Type":"application/json"},c=t();c&&(o.Authorization=`Bearer ${c}`);let d;try{d=await fetch(e,{method:"POST",headers:o,body:JSON.stringify({query:n,variables:s})})}catch(l){throw new me("network",String(l.message||l))}let u;try{u=await d.json()}catch{throw new me("network",`HTTP ${d.status}`)}if(u.errors&&u.errors.length){let l=u.errors[0],m=l.extensions||{},p=m.exception&&m.exception.code||m.code;throw p==="PermissionDenied"?new me("permission",l.message):Va.has(p)?new me("auth",l.message):new me("query",l.message,m.field||null)}return u.data}}async function ft(e,t,r,n){let o=(await e(t,r))[n];return{payload:o,errors:o&&o.errors||[]}}var P="errors { field code message }";var Ba=new TextEncoder,$t=new TextDecoder,Qi=2**32;var Ga=e=>{let t=atob(e),r=new Uint8Array(t.length);for(let n=0;n<t.length;n++)r[n]=t.charCodeAt(n);return r},Jr=e=>{let t=e;t instanceof Uint8Array&&(t=$t.decode(t)),t=t.replace(/-/g,"+").replace(/_/g,"/").replace(/\s/g,"");try{return Ga(t)}catch{throw new TypeError("The input to be decoded is not correctly encoded.")}};var ee=class extends Error{constructor(t,r){super(t,r),this.code="ERR_JOSE_GENERIC",this.name=this.constructor.name,Error.captureStackTrace?.(this,this.constructor)}};ee.code="ERR_JOSE_GENERIC";var Kt=class extends ee{constructor(t,r,n="unspecified",s="unspecified"){super(t,{cause:{claim:n,reason:s,payload:r}}),this.code="ERR_JWT_CLAIM_VALIDATION_FAILED",this.claim=n,this.reason=s,this.payload=r}};Kt.code="ERR_JWT_CLAIM_VALIDATION_FAILED";var jt=class extends ee{constructor(t,r,n="unspecified",s="unspecified"){super(t,{cause:{claim:n,reason:s,payload:r}}),this.code="ERR_JWT_EXPIRED",this.claim=n,this.reason=s,this.payload=r}};jt.code="ERR_JWT_EXPIRED";var zt=class extends ee{constructor(){super(...arguments),this.code="ERR_JOSE_ALG_NOT_ALLOWED"}};zt.code="ERR_JOSE_ALG_NOT_ALLOWED";var Jt=class extends ee{constructor(){super(...arguments),this.code="ERR_JOSE_NOT_SUPPORTED"}};Jt.code="ERR_JOSE_NOT_SUPPORTED";var Qt=class extends ee{constructor(t="decryption operation failed",r){super(t,r),this.code="ERR_JWE_DECRYPTION_FAILED"}};Qt.code="ERR_JWE_DECRYPTION_FAILED";var Yt=class extends ee{constructor(){super(...arguments),this.code="ERR_JWE_INVALID"}};Yt.code="ERR_JWE_INVALID";var Xt=class extends ee{constructor(){super(...arguments),this.code="ERR_JWS_INVALID"}};Xt.code="ERR_JWS_INVALID";var le=class extends ee{constructor(){super(...arguments),this.code="ERR_JWT_INVALID"}};le.code="ERR_JWT_INVALID";var Zt=class extends ee{constructor(){super(...arguments),this.code="ERR_JWK_INVALID"}};Zt.code="ERR_JWK_INVALID";var er=class extends ee{constructor(){super(...arguments),this.code="ERR_JWKS_INVALID"}};er.code="ERR_JWKS_INVALID";var tr=class extends ee{constructor(t="no applicable key found in the JSON Web Key Set",r){super(t,r),this.code="ERR_JWKS_NO_MATCHING_KEY"}};tr.code="ERR_JWKS_NO_MATCHING_KEY";var rr=class extends ee{constructor(t="multiple matching keys found in the JSON Web Key Set",r){super(t,r),this.code="ERR_JWKS_MULTIPLE_MATCHING_KEYS"}};rr.code="ERR_JWKS_MULTIPLE_MATCHING_KEYS";var nr=class extends ee{constructor(t="request timed out",r){super(t,r),this.code="ERR_JWKS_TIMEOUT"}};nr.code="ERR_JWKS_TIMEOUT";var ar=class extends ee{constructor(t="signature verification failed",r){super(t,r),this.code="ERR_JWS_SIGNATURE_VERIFICATION_FAILED"}};ar.code="ERR_JWS_SIGNATURE_VERIFICATION_FAILED";function ja(e){return typeof e=="object"&&e!==null}function sr(e){if(!ja(e)||Object.prototype.toString.call(e)!=="[object Object]")return!1;if(Object.getPrototypeOf(e)===null)return!0;let t=e;for(;Object.getPrototypeOf(t)!==null;)t=Object.getPrototypeOf(t);return Object.getPrototypeOf(e)===t}var Qr=Jr;function Qe(e){if(typeof e!="string")throw new le("JWTs must use Compact JWS serialization, JWT must be a string");let{1:t,length:r}=e.split(".");if(r===5)throw new le("Only JWTs using Compact JWS serialization can be decoded");if(r!==3)throw new le("Invalid JWT");if(!t)throw new le("JWTs must contain a payload");let n;try{n=Qr(t)}catch{throw new le("Failed to base64url decode the payload")}let s;try{s=JSON.parse($t.decode(n))}catch{throw new le("Failed to parse the decoded payload as JSON")}if(!sr(s))throw new le("Invalid JWT Claims Set");return s}var Xr=e=>{let t=Qe(e),{email:r,user_permissions:n}=t;return{email:r,userPermissions:n}};var wn=It(gt(),1);var En=It(gt(),1);function ls(e,t){for(var r in t)e[r]=t[r];return e}function nn(e,t){for(var r in e)if(r!=="__source"&&!(r in t))return!0;for(var n in t)if(n!=="__source"&&e[n]!==t[n])return!0;return!1}function an(e,t){this.props=e,this.context=t}(an.prototype=new oe).isPureReactComponent=!0,an.prototype.shouldComponentUpdate=function(e,t){return nn(this.props,e)||nn(this.state,t)};var sn=C.__b;C.__b=function(e){e.type&&e.type.__f&&e.ref&&(e.props.ref=e.ref,e.ref=null),sn&&sn(e)};var vl=typeof Symbol<"u"&&Symbol.for&&Symbol.for("react.forward_ref")||3911;var cs=C.__e;C.__e=function(e,t,r,n){if(e.then){for(var s,o=t;o=o.__;)if((s=o.__c)&&s.__c)return t.__e==null&&(t.__e=r.__e,t.__k=r.__k),s.__c(e,t)}cs(e,t,r,n)};var on=C.unmount;function mn(e,t,r){return e&&(e.__c&&e.__c.__H&&(e.__c.__H.__.forEach(function(n){typeof n.__c=="function"&&n.__c()}),e.__c.__H=null),(e=ls({},e)).__c!=null&&(e.__c.__P===r&&(e.__c.__P=t),e.__c.__e=!0,e.__c=null),e.__k=e.__k&&e.__k.map(function(n){return mn(n,t,r)})),e}function fn(e,t,r){return e&&r&&(e.__v=null,e.__k=e.__k&&e.__k.map(function(n){return fn(n,t,r)}),e.__c&&e.__c.__P===t&&(e.__e&&r.appendChild(e.__e),e.__c.__e=!0,e.__c.__P=r)),e}function or(){this.__u=0,this.o=null,this.__b=null}function $n(e){var t=e.__.__c;return t&&t.__a&&t.__a(e)}function _t(){this.i=null,this.l=null}C.unmount=function(e){var t=e.__c;t&&t.__R&&t.__R(),t&&32&e.__u&&(e.type=null),on&&on(e)},(or.prototype=new oe).__c=function(e,t){var r=t.__c,n=this;n.o==null&&(n.o=[]),n.o.push(r);var s=$n(n.__v),o=!1,c=function(){o||(o=!0,r.__R=null,s?s(d):d())};r.__R=c;var d=function(){if(!--n.__u){if(n.state.__a){var u=n.state.__a;n.__v.__k[0]=fn(u,u.__c.__P,u.__c.__O)}var l;for(n.setState({__a:n.__b=null});l=n.o.pop();)l.forceUpdate()}};n.__u++||32&t.__u||n.setState({__a:n.__b=n.__v.__k[0]}),e.then(c,c)},or.prototype.componentWillUnmount=function(){this.o=[]},or.prototype.render=function(e,t){if(this.__b){if(this.__v.__k){var r=document.createElement("div"),n=this.__v.__k[0].__c;this.__v.__k[0]=mn(this.__b,r,n.__O=n.__P)}this.__b=null}var s=t.__a&&ve(we,null,e.fallback);return s&&(s.__u&=-33),[ve(we,null,t.__a?null:e.children),s]};var ln=function(e,t,r){if(++r[1]===r[0]&&e.l.delete(t),e.props.revealOrder&&(e.props.revealOrder[0]!=="t"||!e.l.size))for(r=e.i;r;){for(;r.length>3;)r.pop()();if(r[1]<r[0])break;e.i=r=r[2]}};(_t.prototype=new oe).__a=function(e){var t=this,r=$n(t.__v),n=t.l.get(e);return n[0]++,function(s){var o=function(){t.props.revealOrder?(n.push(s),ln(t,e,n)):s()};r?r(o):o()}},_t.prototype.render=function(e){this.i=null,this.l=new Map;var t=je(e.children);e.revealOrder&&e.revealOrder[0]==="b"&&t.reverse();for(var r=t.length;r--;)this.l.set(t[r],this.i=[1,0,this.i]);return e.children},_t.prototype.componentDidUpdate=_t.prototype.componentDidMount=function(){var e=this;this.l.forEach(function(t,r){ln(e,r,t)})};var us=typeof Symbol<"u"&&Symbol.for&&Symbol.for("react.element")||60103,ds=/^(?:accent|alignment|arabic|baseline|cap|clip(?!PathU)|color|dominant|fill|flood|font|glyph(?!R)|horiz|image(!S)|letter|lighting|marker(?!H|W|U)|overline|paint|pointer|shape|stop|strikethrough|stroke|text(?!L)|transform|underline|unicode|units|v|vector|vert|word|writing|x(?!C))[A-Z]/,ps=/^on(Ani|Tra|Tou|BeforeInp|Compo)/,ms=/[A-Z0-9]/g,fs=typeof document<"u",$s=function(e){return(typeof Symbol<"u"&&typeof Symbol()=="symbol"?/fil|che|rad/:/fil|che|ra/).test(e)};oe.prototype.isReactComponent={},["componentWillMount","componentWillReceiveProps","componentWillUpdate"].forEach(function(e){Object.defineProperty(oe.prototype,e,{configurable:!0,get:function(){return this["UNSAFE_"+e]},set:function(t){Object.defineProperty(this,e,{configurable:!0,writable:!0,value:t})}})});var cn=C.event;function hs(){}function vs(){return this.cancelBubble}function gs(){return this.defaultPrevented}C.event=function(e){return cn&&(e=cn(e)),e.persist=hs,e.isPropagationStopped=vs,e.isDefaultPrevented=gs,e.nativeEvent=e};var hn,_s={enumerable:!1,configurable:!0,get:function(){return this.class}},un=C.vnode;C.vnode=function(e){typeof e.type=="string"&&(function(t){var r=t.props,n=t.type,s={},o=n.indexOf("-")===-1;for(var c in r){var d=r[c];if(!(c==="value"&&"defaultValue"in r&&d==null||fs&&c==="children"&&n==="noscript"||c==="class"||c==="className")){var u=c.toLowerCase();c==="defaultValue"&&"value"in r&&r.value==null?c="value":c==="download"&&d===!0?d="":u==="translate"&&d==="no"?d=!1:u[0]==="o"&&u[1]==="n"?u==="ondoubleclick"?c="ondblclick":u!=="onchange"||n!=="input"&&n!=="textarea"||$s(r.type)?u==="onfocus"?c="onfocusin":u==="onblur"?c="onfocusout":ps.test(c)&&(c=u):u=c="oninput":o&&ds.test(c)?c=c.replace(ms,"-$&").toLowerCase():d===null&&(d=void 0),u==="oninput"&&s[c=u]&&(c="oninputCapture"),s[c]=d}}n=="select"&&s.multiple&&Array.isArray(s.value)&&(s.value=je(r.children).forEach(function(l){l.props.selected=s.value.indexOf(l.props.value)!=-1})),n=="select"&&s.defaultValue!=null&&(s.value=je(r.children).forEach(function(l){l.props.selected=s.multiple?s.defaultValue.indexOf(l.props.value)!=-1:s.defaultValue==l.props.value})),r.class&&!r.className?(s.class=r.class,Object.defineProperty(s,"className",_s)):(r.className&&!r.class||r.class&&r.className)&&(s.class=s.className=r.className),t.props=s})(e),e.$$typeof=us,un&&un(e)};var dn=C.__r;C.__r=function(e){dn&&dn(e),hn=e.__c};var pn=C.diffed;C.diffed=function(e){pn&&pn(e);var t=e.props,r=e.__e;r!=null&&e.type==="textarea"&&"value"in t&&t.value!==r.value&&(r.value=t.value==null?"":t.value),hn=null};var _n="formPayloadUpdate",yn="formPayload",_e,Ye=(_e=class{static serialize(t){let r=JSON.stringify(t);if(r.length>_e.maxParamsLength)throw new Error(`OpenPopup params too large: ${r.length} chars (max ${_e.maxParamsLength})`);let n=new TextEncoder().encode(r),s="";return n.forEach(o=>{s+=String.fromCharCode(o)}),btoa(s)}static parse(t){let r=atob(t),n=Uint8Array.from(r,o=>o.charCodeAt(0)),s=new TextDecoder().decode(n);return JSON.parse(s)}},_e.urlKey="appParams",_e.maxParamsLength=2048,_e);function ue(e){try{let t=globalThis.crypto.randomUUID();return{...e,payload:{...e.payload,actionId:t}}}catch{throw new Error("Failed to generate action ID, likely as your browser doesn't consider current session as Secure Context. Please ensure you are using https or localhost, or current IP/domain is in 'dom.securecontext.allowlist'/'#unsafely-treat-insecure-origin-as-secure' if you trust it.")}}function ys(e){return ue({payload:e,type:"redirect"})}function ws(e){return ue({type:"notification",payload:e})}function bs(e){return ue({type:"updateRouting",payload:e})}function Es(){return ue({type:"notifyReady",payload:{}})}function Rs(e,t){return ue({type:"requestPermissions",payload:{permissions:e,redirectPath:t}})}function As(){return ue({type:"popupClose",payload:{}})}var Cs="WidgetResize height must be a positive, finite number.";function Ss(e){if(typeof e!="number"||!Number.isFinite(e)||e<=0)throw new Error(Cs)}function xs(e){return Ss(e.height),ue({type:"widgetResize",payload:{height:e.height}})}function Ds(){return ue({type:"refreshEntity",payload:{}})}var ks="OpenPopup extensionIdentifier must be a non-empty string.";function Is(e){if(typeof e!="string"||e.trim()==="")throw new Error(ks)}function Ts(e){return Is(e.extensionIdentifier),ue({type:"openPopup",payload:{extensionIdentifier:e.extensionIdentifier,appParams:e.params===void 0||e.params===null?void 0:Ye.serialize(e.params)}})}var Ps="RedirectToApp appIdentifier must be a non-empty string.";function Os(e){if(typeof e.appIdentifier!="string"||e.appIdentifier.trim()==="")throw new Error(Ps);return ue({type:"redirectToApp",payload:e})}function Ns(e){return ue({type:_n,payload:e})}var Le={Redirect:ys,Notification:ws,UpdateRouting:bs,NotifyReady:Es,RequestPermissions:Rs,FormPayloadUpdate:Ns,PopupClose:As,WidgetResize:xs,RefreshEntity:Ds,OpenPopup:Ts,RedirectToApp:Os},Xe={APP_ID:"id",THEME:"theme",DOMAIN:"domain",SALEOR_API_URL:"saleorApiUrl",LOCALE:"locale"},ce={handshake:"handshake",response:"response",redirect:"redirect",theme:"theme",localeChanged:"localeChanged",tokenRefresh:"tokenRefresh",formPayload:yn};var Fs=e=>Qe(e).permissions,Ls=class{constructor(e={}){this.state={id:"",saleorApiUrl:"",ready:!1,path:"/",theme:"light",locale:"en",formContext:{}},this.state.locale=e.initialLocale??this.state.locale,this.state.theme=e.initialTheme??this.state.theme}getState(){return this.state}setState(e){return this.state={...this.state,...e},this.state}},bn=typeof window>"u",Us=1e4,z=wn.default.debug("app-sdk:AppBridge");function Ms(e,t){switch(t.type){case ce.handshake:{let r=Xr(t.payload.token),n=Fs(t.payload.token);return{...e,ready:!0,token:t.payload.token,saleorVersion:t.payload.saleorVersion,dashboardVersion:t.payload.dashboardVersion,user:{email:r.email,permissions:r.userPermissions},appPermissions:n}}case ce.redirect:return{...e,path:t.payload.path};case ce.theme:return{...e,theme:t.payload.theme};case ce.localeChanged:return{...e,locale:t.payload.locale};case ce.tokenRefresh:return{...e,token:t.payload.token};case ce.formPayload:return{...e,formContext:{...e.formContext,[t.payload.form]:t.payload}};case ce.response:return e;default:return console.warn(`Invalid event received: ${t?.type}`),e}}var gn=()=>({handshake:{},response:{},redirect:{},theme:{},localeChanged:{},tokenRefresh:{},formPayload:{}}),Hs=()=>new URL(window.location.href).searchParams.get(Xe.LOCALE)||void 0,Ws=()=>new URL(window.location.href).searchParams.get(Xe.SALEOR_API_URL)||"",Vs=()=>{let e=new URL(window.location.href).searchParams.get(Xe.THEME);switch(e){case"dark":case"light":return e;default:return}},Bs=()=>{let e=new URL(window.location.href).searchParams.get(Ye.urlKey);if(e)try{return Ye.parse(e)}catch(t){console.warn(`Failed to parse "${Ye.urlKey}" param from iframe url`,t);return}},Gs=()=>({saleorApiUrl:Ws(),initialLocale:Hs()??"en",autoNotifyReady:!0,initialTheme:Vs()??void 0}),yt=class{constructor(e={}){if(this.refererOrigin=document.referrer?new URL(document.referrer).origin:void 0,this.subscribeMap=gn(),this.combinedOptions=Gs(),z("Constructor called with options: %j",e),bn)throw new Error("AppBridge detected you're running this app in SSR mode. Make sure to call `new AppBridge()` when window object exists.");this.combinedOptions={...this.combinedOptions,...e},this.state=new Ls({initialLocale:this.combinedOptions.initialLocale}),z("Resolved combined AppBridge options: %j",this.combinedOptions),this.refererOrigin||console.warn("document.referrer is empty"),this.combinedOptions.saleorApiUrl||z("?saleorApiUrl was not found in iframe url"),this.combinedOptions.saleorApiUrl||console.error("saleorApiUrl param was not found in iframe url"),this.setInitialState(),this.listenOnMessages(),this.combinedOptions.autoNotifyReady&&this.sendNotifyReadyAction()}subscribe(e,t){z("subscribe() called with event %s and callback %s",e,t.name);let r=Symbol("Callback token");return this.subscribeMap[e][r]=t,()=>{z("unsubscribe called with event %s and callback %s",e,t.name),delete this.subscribeMap[e][r]}}unsubscribeAll(e){e?(z("unsubscribeAll called with event: %s",e),this.subscribeMap[e]={}):(z("unsubscribeAll called without argument"),this.subscribeMap=gn())}async dispatch(e){return z("dispatch called with action argument: %j",e),new Promise((t,r)=>{if(!window.parent){z("window.parent doesn't exist, will throw"),r(new Error("Parent window does not exist."));return}z("Calling window.parent.postMessage with %j",e),window.parent.postMessage({type:e.type,payload:e.payload},"*");let n,s=this.subscribe(ce.response,({actionId:o,ok:c})=>{z("Subscribing to %s with action id: %s and status 'ok' is: %s",ce.response,o,c),e.payload.actionId===o&&(z("Received matching action id: %s. Will unsubscribe",o),s(),clearTimeout(n),c?t():r(new Error("Action responded with negative status. This indicates the action method was not used properly.")))});n=window.setTimeout(()=>{s(),r(new Error("Action response timed out."))},Us)})}getState(){return z("getState() called and will return %j",this.state.getState()),this.state.getState()}sendNotifyReadyAction(){this.dispatch(Le.NotifyReady()).catch(e=>{console.error("notifyReady action failed"),console.error(e)})}setInitialState(){z("setInitialState() called");let t=new URL(window.location.href).searchParams.get(Xe.APP_ID)||"",r=window.location.pathname||"",n={id:t,path:r,theme:this.combinedOptions.initialTheme,saleorApiUrl:this.combinedOptions.saleorApiUrl,locale:this.combinedOptions.initialLocale,appParams:Bs()};z("setInitialState() will setState with %j",n),this.state.setState(n)}listenOnMessages(){z("listenOnMessages() called"),window.addEventListener("message",({origin:e,data:t})=>{if(z("Received message from origin: %s and data: %j",e,t),e!==this.refererOrigin){z("Origin from message doesn't match refererOrigin. Function will return now");return}let r=Ms(this.state.getState(),t);z("Computed new state: %j. Will be set with setState",r),this.state.setState(r);let{type:n,payload:s}=t;ce[n]&&Object.getOwnPropertySymbols(this.subscribeMap[n]).forEach(o=>{z("Executing listener for event: '%s' and payload %j",n,s),this.subscribeMap[n][o](s)})})}},bl=En.default.debug("app-sdk:AppBridgeProvider"),qs=Pe({appBridge:void 0,mounted:!1});var Rn=It(gt(),1);var Bl=Rn.default.debug("app-sdk:AppBridge:useDashboardToken");var ir="saleor-referrals-console-token";function lr(){let e=new URLSearchParams(location.search);return window.parent!==window||e.has("id")&&(e.has("saleorApiUrl")||e.has("domain"))}var Se=null;function cr(){return!Se&&lr()&&(Se=new yt({autoNotifyReady:!0}),Ks(Se)),Se}var ur="dashboardOrigin";function Ks(e){let t=new URLSearchParams(location.search).get(ur);t&&e.refererOrigin===location.origin&&(e.refererOrigin=t)}function An(){return Se&&Se.refererOrigin!==location.origin?Se.refererOrigin:null}function Cn(e){let t=cr()||new yt({autoNotifyReady:!0}),r=()=>e(t.getState());return t.subscribe("handshake",r),t.subscribe("theme",r),t.subscribe("localeChanged",r),t.subscribe("tokenRefresh",r),r(),t}var Sn=()=>sessionStorage.getItem(ir),dr=e=>e?sessionStorage.setItem(ir,e):sessionStorage.removeItem(ir),xn=`mutation SignIn($email: String!, $password: String!) {
  tokenCreate(email: $email, password: $password) { token errors { field code message } }
}`;function Dn(e,t){!e||!(t>0)||e.dispatch(Le.WidgetResize({height:Math.ceil(t)})).catch(()=>{})}var kn={en:{"nav.settings":"Settings","settings.intro":"The program's settings for this channel: the same fields and checks as the plugin's settings in the Dashboard.","settings.active":"Active in this channel","settings.currency":"Currency","notActive.textApp":"Codes give no discount and nothing is counted in this channel. To switch the program on, open Settings, tick Active and Save.","channel.optionActive":"{name} (on)","channel.titleActive":"Referrals are active in {name}","channel.titleInactive":"Referrals are not active in {name}","channel.optionInactive":"{name} (off)","notActive.title":"Referrals are not active in {name}","notActive.text":"Codes give no discount and nothing is counted in this channel. To switch the program on, open the Referrals plugin's page, choose {name} in its channel list, tick Active and Save.","notActive.link":"Enable them here","error.title":"The console could not open this page (error {status})","error.notFound":"The shop answered “not found”: the page does not exist, or the plugin is not active for this channel.","error.server":"The shop failed to answer (a server error); the details are in its log. Try again in a moment.","error.network":"The shop could not be reached.","error.back":"Back","settings.link":"Referrals settings","time.zone":"times in {zone}","time.utc":"UTC: {time}"},fa:{"nav.settings":"تنظیمات","settings.intro":"تنظیمات برنامه برای این کانال: همان فیلدها و بررسی‌های تنظیمات افزونه در داشبورد.","settings.active":"در این کانال فعال","settings.currency":"واحد پول","notActive.textApp":"در این کانال کدها تخفیفی نمی‌دهند و چیزی شمرده نمی‌شود. برای روشن کردن برنامه، تنظیمات را باز کنید، «در این کانال فعال» را بزنید و ذخیره کنید.","channel.optionActive":"{name} (روشن)","channel.titleActive":"معرفی‌ها در {name} فعال‌اند","channel.titleInactive":"معرفی‌ها در {name} فعال نیستند","channel.optionInactive":"{name} (خاموش)","notActive.title":"معرفی‌ها در {name} فعال نیستند","notActive.text":"در این کانال کدها تخفیفی نمی‌دهند و چیزی شمرده نمی‌شود. برای روشن کردن برنامه، صفحهٔ افزونهٔ Referrals را باز کنید، {name} را در فهرست کانال‌ها برگزینید، Active را بزنید و ذخیره کنید.","notActive.link":"اینجا فعالشان کنید","error.title":"کنسول نتوانست این صفحه را باز کند (خطای {status})","error.notFound":"فروشگاه پاسخ داد «پیدا نشد»: صفحه وجود ندارد یا افزونه برای این کانال فعال نیست.","error.server":"فروشگاه نتوانست پاسخ دهد (خطای سرور)؛ جزئیات در لاگ آن است. کمی بعد دوباره امتحان کنید.","error.network":"دسترسی به فروشگاه ممکن نشد.","error.back":"بازگشت","settings.link":"تنظیمات معرفی‌ها","time.zone":"زمان‌ها به وقت {zone}","time.utc":"UTC: {time}"},ar:{"nav.settings":"الإعدادات","settings.intro":"إعدادات البرنامج لهذه القناة: الحقول والتحققات نفسها في إعدادات الإضافة في لوحة التحكم.","settings.active":"مفعّل في هذه القناة","settings.currency":"العملة","notActive.textApp":"لا تمنح الرموز أي خصم ولا يُحتسب شيء في هذه القناة. لتشغيل البرنامج افتح الإعدادات وفعّل «مفعّل في هذه القناة» ثم احفظ.","channel.optionActive":"{name} (مفعّلة)","channel.titleActive":"الإحالات مفعّلة في {name}","channel.titleInactive":"الإحالات غير مفعّلة في {name}","channel.optionInactive":"{name} (متوقفة)","notActive.title":"الإحالات غير مفعّلة في {name}","notActive.text":"لا تمنح الرموز أي خصم ولا يُحتسب شيء في هذه القناة. لتشغيل البرنامج افتح صفحة إضافة Referrals واختر {name} من قائمة القنوات وفعّل Active ثم احفظ.","notActive.link":"فعّلها من هنا","error.title":"تعذّر على لوحة التحكم فتح هذه الصفحة (خطأ {status})","error.notFound":"أجاب المتجر «غير موجود»: الصفحة غير موجودة أو الإضافة غير مفعّلة لهذه القناة.","error.server":"تعذّر على المتجر الرد (خطأ في الخادم)؛ التفاصيل في سجله. حاول مجددًا بعد قليل.","error.network":"تعذّر الوصول إلى المتجر.","error.back":"رجوع","settings.link":"إعدادات الإحالات","time.zone":"الأوقات بتوقيت {zone}","time.utc":"UTC: {time}"}};var Ze={"exports.rows.one":"{count} row","exports.rows.other":"{count} rows","contests.entrants.one":"{count} entrant","contests.entrants.other":"{count} entrants","tiers.deleted.one":"Tier deleted; {count} member moved.","tiers.deleted.other":"Tier deleted; {count} members moved.","perk.multiplier":"×{value} reward","perk.fixed":"{amount} reward","perk.entry":"{amount} on entering","perk.discount":"{percent} member discount","perk.earlyAccess":"early access to {count} collections","perk.earlyAccess.one":"early access to {count} collection","review.confirmApprove":"Approve this referral?","review.confirmReject":"Reject this referral?","review.confirmText":"{friend}, referred by {advocate}. The reason is recorded in the referral's history.","review.reasonRequired":"Give a reason.","review.confirm":"Confirm","status.RUNNING":"Running","status.SUCCESS":"Ready","nav.exports":"Exports","exports.new":"New export","exports.intro":"A CSV file of the channel's data, written in the background; download it here when it is ready.","exports.kind":"What","exports.campaign":"Campaign","exports.request":"Export","exports.requested":"Export requested.","exports.files":"Exports","exports.none":"No exports yet.","exports.progress":"Progress","exports.by":"Requested by","exports.download":"Download CSV","exports.rows":"{count} rows","exports.counting":"Counting rows…","export.REFERRALS":"Referrals","export.REWARDS":"Rewards","export.DONATIONS":"Donations","export.FUNNEL":"Daily funnel","overview.period":"Period","period.30":"Last 30 days","period.90":"Last 90 days","period.365":"Last 365 days","period.all":"All time","overview.new":"new","overview.vsPrevious":"against the previous period of the same length","overview.windowRevenue":"Revenue with repeat orders ({days} days)","overview.fullCost":"Full cost","list.sep":" · ","overview.rates":"Visit to order: {visitToOrder} ({linkOrders} orders through a visit, of {visits} visits) · order to converted: {orderToConverted} · reversed: {reversed}","overview.costs":"Where the cost goes","overview.committed":"Still held (committed, not yet paid): {amount}","overview.comparison":"This period against the previous one","overview.thisPeriod":"This period","overview.previousPeriod":"Previous period","funnel.shares":"Shares","funnel.signups":"Sign-ups","funnel.orders":"Orders","cost.advocateRewards":"Advocate rewards","cost.friendDiscounts":"Friend discounts","cost.signupRewards":"Sign-up rewards","cost.tierEntryRewards":"Tier entry rewards","cost.milestoneBonuses":"Milestone bonuses","cost.contestPrizes":"Contest prizes","cost.donations":"Donations","cost.eventCosts":"Events","cost.memberDiscounts":"Member discounts","cost.otherRewards":"Other rewards","app.title":"Referrals","nav.label":"Console pages","nav.overview":"Overview","nav.review":"Review queue","nav.referrals":"Referrals","nav.rewards":"Rewards","nav.tiers":"Tiers & milestones","nav.campaigns":"Campaigns","nav.contests":"Contests","nav.causes":"Causes","nav.events":"Events",language:"Language","language.en":"English","language.fa":"فارسی","language.ar":"العربية",loading:"Loading…",nothing:"Nothing here yet.",all:"All",total:"{count} in all",page:"Page {page}",pages:"Pages",previous:"Previous",next:"Next",save:"Save",saved:"Saved.",cancel:"Cancel",edit:"Edit",delete:"Delete",deleted:"Deleted.",confirmDelete:"Delete it?",active:"Active",inactive:"inactive",anonymous:"Anonymous",signOut:"Sign out","signIn.title":"Sign in to Referrals","signIn.intro":"Use your Saleor staff account.","signIn.email":"E-mail","signIn.password":"Password","signIn.submit":"Sign in","noPermission.title":"No permission","noPermission.text":"Your account cannot manage the referral program. Ask an administrator for the Manage discounts permission.","dashboard.waiting":"Waiting for the Dashboard…","channel.title":"Which channel?","channel.label":"Channel","channel.slug":"Channel slug","channel.open":"Open","overview.revenue":"Referred revenue","overview.cost":"Reward cost","overview.roi":"Return on rewards","overview.flagged":"Waiting for review","overview.funnel":"Funnel","overview.statuses":"Referrals by status","overview.overTime":"Referred revenue vs reward cost, by month","overview.perCampaign":"Per campaign: revenue vs cost","overview.perTier":"Advocates in each tier","overview.networks":"Visits by share network","overview.leaderboard":"Top advocates","overview.noProgram":"No referral program in this channel yet.","overview.noCampaigns":"No campaigns yet.","overview.noTiers":"No tiers yet.","overview.inactive":"The program is not active in this channel: turn it on in the plugin's settings.","overview.programLine":"Friends get {offer}; advocates get {reward} per friend who converts, after {days} days.","overview.campaignLive":"campaign live: {name}","funnel.visits":"Visits","funnel.referrals":"Referrals","funnel.qualified":"Qualified","funnel.converted":"Converted","funnel.rewarded":"Rewarded","col.created":"Date","col.status":"Status","col.advocate":"Advocate","col.friend":"Friend","col.order":"Order","col.total":"Total","col.reason":"Reason","col.recipient":"Recipient","col.kind":"Kind","col.amount":"Amount","col.release":"Release","col.taken":"Taken back","col.tier":"Tier","filter.from":"From","filter.to":"To","filter.apply":"Filter","referral.history":"History","referral.rewards":"Rewards","review.intro":"Referrals a fraud check held for a person to decide. Approving releases the reward after the hold; rejecting keeps it from being paid.","review.reason":"Reason","review.approve":"Approve","review.reject":"Reject","review.empty":"No referral waits for review.","review.approved":"Approved: {who}.","review.rejected":"Rejected: {who}.","referrals.attributeTitle":"Attribute an order by hand","referrals.attributeIntro":'For a friend who named an advocate ("how did you hear about us") or a code that was missed.',"referrals.advocateEmail":"Advocate's e-mail","referrals.orderId":"Order ID","referrals.source":"Source","referrals.attribute":"Attribute","rewards.reason":"Why take it back","rewards.revoke":"Revoke","rewards.shortfall":"shortfall","tiers.ladder":"Ladder","tiers.new":"New tier","tiers.create":"Create tier","tiers.created":"Tier created.","tiers.none":"No tiers yet.","tiers.name":"Name","tiers.nameFa":"Name in Persian","tiers.nameAr":"Name in Arabic","tiers.rank":"Rank","tiers.minReferrals":"Converted referrals needed","tiers.minRevenue":"Referred revenue needed","tiers.window":"Counted over","tiers.windowDays":"Days (rolling window)","tiers.rewardMultiplier":"Reward multiplier","tiers.rewardFixed":"Fixed reward","tiers.entryReward":"Entry reward","tiers.memberDiscount":"Member discount (%)","tiers.earlyAccess":"Early access collections","tiers.earlyAccessHint":"Saleor collection IDs, separated by commas","tiers.earlyAccessUntil":"Early access until","tiers.reason":"Reason for the change","tiers.reasonHint":"Needed when the entry rule changes","tiers.payEntryRewards":"Pay entry rewards to advocates placed now","tiers.rule":"Entry rule","tiers.ruleText":"{count} converted · {window}","tiers.perks":"Perks","tiers.deleteReason":"Why delete it (members move down)","tiers.deleted":"Tier deleted; {count} members moved.","tiers.placement":"Placing advocates: {done} of {total}","tiers.placementDone":"Done.","tiers.history":"An advocate's tier history","tiers.historyShow":"Show","tiers.now":"Tier now","tiers.demoteAfter":"moves down after","tiers.fromTo":"From → to","tiers.converted":"Converted","milestones.title":"Milestones and badges","milestones.new":"New milestone","milestones.create":"Create milestone","milestones.created":"Milestone created.","milestones.slug":"Badge slug","milestones.referrals":"Converted referrals","milestones.bonus":"Bonus","milestones.payBonuses":"Pay bonuses to advocates already past it","campaigns.new":"New campaign","campaigns.create":"Create campaign","campaigns.created":"Campaign created.","campaigns.none":"No campaigns yet.","campaigns.name":"Name","campaigns.startsAt":"Starts","campaigns.endsAt":"Ends","campaigns.imageUrl":"Image URL","campaigns.copy":"Landing page copy","campaigns.title":"Title","campaigns.description":"Description","campaigns.friendOffer":"Friend's offer","campaigns.programOffer":"The program's offer","campaigns.value":"Value","campaigns.minSpent":"Minimum cart","campaigns.advocateReward":"Advocate's reward","campaigns.amount":"Amount","campaigns.multiplier":"Multiplier","campaigns.window":"Window","campaigns.results":"Results","campaigns.resultsText":"{referrals} referrals, {converted} converted","campaigns.switches":"Offer switches","contests.new":"New contest","contests.create":"Create contest","contests.created":"Contest created.","contests.none":"No contests yet.","contests.name":"Name","contests.minReferrals":"Converted referrals to enter","contests.prizes":"Prizes","contests.addPrize":"Add a prize","contests.description":"Description","contests.details":"Standings and prizes","contests.standings":"Standings","contests.threshold":"{count} to enter","contests.entrants":"{count} entrants","contests.seed":"Draw seed","contests.seedHint":"Empty: a random seed, recorded","contests.decide":"Decide now","contests.decided":"Contest decided.","contests.decidedBy":"Decided by {who}, seed {seed}.","contests.method":"Method","contests.winner":"Winner","contests.fulfilled":"Fulfilled","contests.note":"Note (tracking number…)","contests.fulfil":"Mark fulfilled","contests.fulfilledNotice":"Prize marked fulfilled.","causes.new":"New cause","causes.create":"Create cause","causes.created":"Cause created.","causes.none":"No causes yet.","causes.name":"Name","causes.description":"Description","causes.url":"Web site","causes.goal":"Goal","causes.perReferral":"Donation per converted referral","causes.raised":"Raised","causes.pending":"To pay out","causes.paidOut":"Paid out","causes.shortfall":"Shortfall","causes.donations":"Donations","causes.progress":"Progress","causes.recordPayout":"Record payout","causes.reference":"Payment reference","causes.payoutIntro":"Records that {amount} (every donation released so far) was paid to the cause.","causes.paid":"Payout of {amount} recorded.","events.new":"New event","events.create":"Create event","events.created":"Event created.","events.none":"No events yet.","events.name":"Name","events.startsAt":"Starts","events.capacity":"Capacity","events.minTier":"Minimum tier","events.everyone":"Every advocate","events.passes":"Guest passes per member","events.cost":"Cost","events.invite":"E-mail invitations to members","events.seats":"Seats left","events.invited":"Members invited","events.redeemed":"Passes redeemed","customer.title":"Customer's referrals","customer.missing":"Open this page from a customer in the Dashboard.","customer.none":"No referral program or no such customer.","customer.code":"Code","customer.friends":"Friends","customer.earned":"Earned","customer.statsText":"{visits} visits · {orders} orders · {pending} pending · {rewarded} rewarded","customer.nextTier":"{count} more to {tier}","customer.atRisk":"tier at risk until","customer.memberCode":"member code","customer.referrals":"Referrals ({count})","customer.rewards":"Rewards ({count})","order.title":"Order's referral","order.missing":"Open this page from an order in the Dashboard.","order.none":"This order has no referral.","status.PENDING":"Pending","status.QUALIFIED":"Qualified","status.APPROVED":"Approved","status.REWARDED":"Rewarded","status.FLAGGED":"Flagged","status.REJECTED":"Rejected","status.REVERSED":"Reversed","status.HELD":"Held","status.ISSUED":"Issued","status.CANCELLED":"Cancelled","status.REVOKED":"Revoked","status.FAILED":"Failed","status.SCHEDULED":"Scheduled","status.LIVE":"Live","status.ENDED":"Ended","status.OPEN":"Open","status.DECIDED":"Decided","side.ADVOCATE":"Advocate","side.FRIEND":"Friend","kind.VOUCHER":"Voucher","kind.STORE_CREDIT":"Store credit","kind.DONATION":"Donation","kind.PERK":"Perk","kind.PHYSICAL":"Physical prize","source.CODE":"Code","source.LINK":"Link","source.SIGNUP":"Sign-up","source.MANUAL":"By hand","source.SURVEY":"Survey","source.EVENT":"Event pass","network.EMAIL":"E-mail","network.WHATSAPP":"WhatsApp","network.TELEGRAM":"Telegram","network.X":"X","network.FACEBOOK":"Facebook","network.LINKEDIN":"LinkedIn","network.SMS":"SMS","network.COPY_LINK":"Copied link","network.OTHER":"Other","window.LIFETIME":"lifetime","window.ROLLING":"rolling window","window.CALENDAR_YEAR":"calendar year","tierChange.PROMOTED":"Promoted","tierChange.AT_RISK":"At risk","tierChange.RECOVERED":"Recovered","tierChange.DEMOTED":"Demoted","switch.START":"Started","switch.END":"Ended","switch.SKIPPED":"Skipped","method.RANK":"By rank","method.DRAW":"Draw","discount.PERCENTAGE":"Percentage","discount.FIXED":"Fixed amount","discount.FREE_SHIPPING":"Free shipping"},pr={"exports.rows.other":"{count} ردیف","contests.entrants.other":"{count} شرکت‌کننده","tiers.deleted.other":"سطح حذف شد؛ {count} عضو جابه‌جا شدند.","perk.multiplier":"پاداش ×{value}","perk.fixed":"پاداش {amount}","perk.entry":"{amount} هنگام ورود","perk.discount":"{percent} تخفیف اعضا","perk.earlyAccess":"دسترسی زودهنگام به {count} مجموعه","review.confirmApprove":"این معرفی تأیید شود؟","review.confirmReject":"این معرفی رد شود؟","review.confirmText":"{friend}، معرفی‌شده توسط {advocate}. دلیل در تاریخچهٔ معرفی ثبت می‌شود.","review.reasonRequired":"دلیل را بنویسید.","review.confirm":"تأیید","status.RUNNING":"در حال اجرا","status.SUCCESS":"آماده","nav.exports":"خروجی‌ها","exports.new":"خروجی تازه","exports.intro":"یک فایل CSV از داده‌های کانال که در پس‌زمینه نوشته می‌شود؛ وقتی آماده شد از همین‌جا بارگیری کنید.","exports.kind":"چه چیزی","exports.campaign":"کمپین","exports.request":"خروجی بگیر","exports.requested":"خروجی درخواست شد.","exports.files":"خروجی‌ها","exports.none":"هنوز خروجی‌ای نیست.","exports.progress":"پیشرفت","exports.by":"درخواست‌کننده","exports.download":"بارگیری CSV","exports.rows":"{count} ردیف","exports.counting":"در حال شمارش ردیف‌ها…","export.REFERRALS":"معرفی‌ها","export.REWARDS":"پاداش‌ها","export.DONATIONS":"کمک‌ها","export.FUNNEL":"قیف روزانه","overview.period":"بازه","period.30":"۳۰ روز گذشته","period.90":"۹۰ روز گذشته","period.365":"۳۶۵ روز گذشته","period.all":"همهٔ زمان‌ها","overview.new":"تازه","overview.vsPrevious":"در برابر بازهٔ هم‌اندازهٔ قبلی","overview.windowRevenue":"درآمد با خریدهای تکراری ({days} روز)","overview.fullCost":"هزینهٔ کامل","list.sep":"، ","overview.rates":"بازدید به سفارش: {visitToOrder} ({linkOrders} سفارش از راه بازدید، از {visits} بازدید)، سفارش به موفق: {orderToConverted}، برگشتی: {reversed}","overview.costs":"هزینه کجا می‌رود","overview.committed":"هنوز نگه‌داشته (تعهدشده، پرداخت‌نشده): {amount}","overview.comparison":"این بازه در برابر بازهٔ قبلی","overview.thisPeriod":"این بازه","overview.previousPeriod":"بازهٔ قبلی","funnel.shares":"اشتراک‌گذاری‌ها","funnel.signups":"ثبت‌نام‌ها","funnel.orders":"سفارش‌ها","cost.advocateRewards":"پاداش معرف‌ها","cost.friendDiscounts":"تخفیف دوستان","cost.signupRewards":"پاداش ثبت‌نام","cost.tierEntryRewards":"پاداش ورود به سطح","cost.milestoneBonuses":"جایزهٔ نقطه‌های عطف","cost.contestPrizes":"جایزهٔ مسابقه‌ها","cost.donations":"کمک‌های خیریه","cost.eventCosts":"رویدادها","cost.memberDiscounts":"تخفیف اعضا","cost.otherRewards":"پاداش‌های دیگر","app.title":"معرفی‌ها","nav.label":"صفحه‌های کنسول","nav.overview":"نمای کلی","nav.review":"صف بررسی","nav.referrals":"معرفی‌ها","nav.rewards":"پاداش‌ها","nav.tiers":"سطح‌ها و نقطه‌های عطف","nav.campaigns":"کمپین‌ها","nav.contests":"مسابقه‌ها","nav.causes":"امور خیریه","nav.events":"رویدادها",language:"زبان",loading:"در حال بارگذاری…",nothing:"هنوز چیزی نیست.",all:"همه",total:"{count} مورد در کل",page:"صفحهٔ {page}",pages:"صفحه‌ها",previous:"قبلی",next:"بعدی",save:"ذخیره",saved:"ذخیره شد.",cancel:"انصراف",edit:"ویرایش",delete:"حذف",deleted:"حذف شد.",confirmDelete:"حذف شود؟",active:"فعال",inactive:"غیرفعال",anonymous:"ناشناس",signOut:"خروج","signIn.title":"ورود به معرفی‌ها","signIn.intro":"با حساب کارمندی Saleor وارد شوید.","signIn.email":"ایمیل","signIn.password":"گذرواژه","signIn.submit":"ورود","noPermission.title":"بدون دسترسی","noPermission.text":"حساب شما اجازهٔ مدیریت برنامهٔ معرفی را ندارد. از مدیر سیستم دسترسی «مدیریت تخفیف‌ها» را بخواهید.","dashboard.waiting":"در انتظار داشبورد…","channel.title":"کدام کانال؟","channel.label":"کانال","channel.slug":"شناسهٔ کانال","channel.open":"باز کن","overview.revenue":"درآمد از معرفی","overview.cost":"هزینهٔ پاداش","overview.roi":"بازده پاداش‌ها","overview.flagged":"در انتظار بررسی","overview.funnel":"قیف","overview.statuses":"معرفی‌ها بر اساس وضعیت","overview.overTime":"درآمد از معرفی در برابر هزینهٔ پاداش، ماه به ماه","overview.perCampaign":"هر کمپین: درآمد در برابر هزینه","overview.perTier":"معرف‌ها در هر سطح","overview.networks":"بازدیدها بر اساس شبکهٔ اشتراک","overview.leaderboard":"معرف‌های برتر","overview.noProgram":"هنوز برنامهٔ معرفی در این کانال نیست.","overview.noCampaigns":"هنوز کمپینی نیست.","overview.noTiers":"هنوز سطحی نیست.","overview.inactive":"برنامه در این کانال فعال نیست: آن را در تنظیمات افزونه روشن کنید.","overview.programLine":"دوستان {offer} می‌گیرند؛ معرف‌ها برای هر دوست موفق {reward}، پس از {days} روز.","overview.campaignLive":"کمپین در جریان: {name}","funnel.visits":"بازدیدها","funnel.referrals":"معرفی‌ها","funnel.qualified":"واجد شرایط","funnel.converted":"موفق","funnel.rewarded":"پاداش‌گرفته","col.created":"تاریخ","col.status":"وضعیت","col.advocate":"معرف","col.friend":"دوست","col.order":"سفارش","col.total":"مبلغ","col.reason":"دلیل","col.recipient":"گیرنده","col.kind":"نوع","col.amount":"مبلغ","col.release":"آزادسازی","col.taken":"پس گرفته","col.tier":"سطح","filter.from":"از","filter.to":"تا","filter.apply":"فیلتر","referral.history":"تاریخچه","referral.rewards":"پاداش‌ها","review.intro":"معرفی‌هایی که بررسی تقلب نگه داشته تا یک نفر تصمیم بگیرد. تأیید، پاداش را پس از دورهٔ انتظار آزاد می‌کند؛ رد، جلوی پرداخت را می‌گیرد.","review.reason":"دلیل","review.approve":"تأیید","review.reject":"رد","review.empty":"هیچ معرفی‌ای در انتظار بررسی نیست.","review.approved":"تأیید شد: {who}.","review.rejected":"رد شد: {who}.","referrals.attributeTitle":"نسبت دادن دستی یک سفارش","referrals.attributeIntro":"برای دوستی که معرفش را نام برده («از کجا با ما آشنا شدید») یا کدی که جا افتاده است.","referrals.advocateEmail":"ایمیل معرف","referrals.orderId":"شناسهٔ سفارش","referrals.source":"منبع","referrals.attribute":"نسبت بده","rewards.reason":"دلیل پس گرفتن","rewards.revoke":"پس گرفتن","rewards.shortfall":"کسری","tiers.ladder":"نردبان","tiers.new":"سطح تازه","tiers.create":"ساخت سطح","tiers.created":"سطح ساخته شد.","tiers.none":"هنوز سطحی نیست.","tiers.name":"نام","tiers.nameFa":"نام به فارسی","tiers.nameAr":"نام به عربی","tiers.rank":"رتبه","tiers.minReferrals":"معرفی موفق لازم","tiers.minRevenue":"درآمد لازم از معرفی","tiers.window":"بازهٔ شمارش","tiers.windowDays":"روزها (بازهٔ غلتان)","tiers.rewardMultiplier":"ضریب پاداش","tiers.rewardFixed":"پاداش ثابت","tiers.entryReward":"پاداش ورود","tiers.memberDiscount":"تخفیف اعضا (٪)","tiers.earlyAccess":"مجموعه‌های دسترسی زودهنگام","tiers.earlyAccessHint":"شناسه‌های مجموعهٔ Saleor، جدا شده با ویرگول","tiers.earlyAccessUntil":"دسترسی زودهنگام تا","tiers.reason":"دلیل تغییر","tiers.reasonHint":"وقتی قاعدهٔ ورود تغییر می‌کند لازم است","tiers.payEntryRewards":"پاداش ورود به معرف‌هایی که اکنون جای می‌گیرند پرداخت شود","tiers.rule":"قاعدهٔ ورود","tiers.ruleText":"{count} موفق، {window}","tiers.perks":"مزایا","tiers.deleteReason":"دلیل حذف (اعضا یک سطح پایین می‌روند)","tiers.deleted":"سطح حذف شد؛ {count} عضو جابه‌جا شدند.","tiers.placement":"جای‌دهی معرف‌ها: {done} از {total}","tiers.placementDone":"تمام شد.","tiers.history":"تاریخچهٔ سطح یک معرف","tiers.historyShow":"نمایش","tiers.now":"سطح کنونی","tiers.demoteAfter":"پایین می‌رود پس از","tiers.fromTo":"از ← به","tiers.converted":"موفق","milestones.title":"نقطه‌های عطف و نشان‌ها","milestones.new":"نقطهٔ عطف تازه","milestones.create":"ساخت نقطهٔ عطف","milestones.created":"نقطهٔ عطف ساخته شد.","milestones.slug":"شناسهٔ نشان","milestones.referrals":"معرفی‌های موفق","milestones.bonus":"جایزه","milestones.payBonuses":"جایزه به معرف‌هایی که از آن گذشته‌اند پرداخت شود","campaigns.new":"کمپین تازه","campaigns.create":"ساخت کمپین","campaigns.created":"کمپین ساخته شد.","campaigns.none":"هنوز کمپینی نیست.","campaigns.name":"نام","campaigns.startsAt":"شروع","campaigns.endsAt":"پایان","campaigns.imageUrl":"نشانی تصویر","campaigns.copy":"متن صفحهٔ فرود","campaigns.title":"عنوان","campaigns.description":"توضیح","campaigns.friendOffer":"پیشنهاد دوست","campaigns.programOffer":"پیشنهاد برنامه","campaigns.value":"مقدار","campaigns.minSpent":"حداقل سبد","campaigns.advocateReward":"پاداش معرف","campaigns.amount":"مبلغ","campaigns.multiplier":"ضریب","campaigns.window":"بازه","campaigns.results":"نتیجه‌ها","campaigns.resultsText":"{referrals} معرفی، {converted} موفق","campaigns.switches":"تغییرهای پیشنهاد","contests.new":"مسابقهٔ تازه","contests.create":"ساخت مسابقه","contests.created":"مسابقه ساخته شد.","contests.none":"هنوز مسابقه‌ای نیست.","contests.name":"نام","contests.minReferrals":"معرفی موفق لازم برای شرکت","contests.prizes":"جایزه‌ها","contests.addPrize":"افزودن جایزه","contests.description":"توضیح","contests.details":"رده‌بندی و جایزه‌ها","contests.standings":"رده‌بندی","contests.threshold":"{count} برای شرکت","contests.entrants":"{count} شرکت‌کننده","contests.seed":"بذر قرعه","contests.seedHint":"خالی: بذر تصادفی، ثبت می‌شود","contests.decide":"همین حالا تعیین کن","contests.decided":"برندگان تعیین شدند.","contests.decidedBy":"تعیین‌شده توسط {who}، بذر {seed}.","contests.method":"روش","contests.winner":"برنده","contests.fulfilled":"تحویل‌شده","contests.note":"یادداشت (کد رهگیری…)","contests.fulfil":"تحویل شد","contests.fulfilledNotice":"جایزه تحویل‌شده ثبت شد.","causes.new":"امر خیر تازه","causes.create":"ساخت امر خیر","causes.created":"امر خیر ساخته شد.","causes.none":"هنوز امر خیری نیست.","causes.name":"نام","causes.description":"توضیح","causes.url":"وب‌سایت","causes.goal":"هدف","causes.perReferral":"کمک برای هر معرفی موفق","causes.raised":"جمع‌شده","causes.pending":"برای پرداخت","causes.paidOut":"پرداخت‌شده","causes.shortfall":"کسری","causes.donations":"کمک‌ها","causes.progress":"پیشرفت","causes.recordPayout":"ثبت پرداخت","causes.reference":"شمارهٔ پرداخت","causes.payoutIntro":"ثبت می‌کند که {amount} (همهٔ کمک‌های آزادشده تا کنون) به این امر خیر پرداخت شد.","causes.paid":"پرداخت {amount} ثبت شد.","events.new":"رویداد تازه","events.create":"ساخت رویداد","events.created":"رویداد ساخته شد.","events.none":"هنوز رویدادی نیست.","events.name":"نام","events.startsAt":"شروع","events.capacity":"ظرفیت","events.minTier":"حداقل سطح","events.everyone":"همهٔ معرف‌ها","events.passes":"کارت مهمان برای هر عضو","events.cost":"هزینه","events.invite":"دعوت‌نامه با ایمیل به اعضا","events.seats":"جای خالی","events.invited":"اعضای دعوت‌شده","events.redeemed":"کارت‌های استفاده‌شده","customer.title":"معرفی‌های مشتری","customer.missing":"این صفحه را از صفحهٔ یک مشتری در داشبورد باز کنید.","customer.none":"برنامهٔ معرفی یا چنین مشتری‌ای نیست.","customer.code":"کد","customer.friends":"دوستان","customer.earned":"درآمد","customer.statsText":"{visits} بازدید، {orders} سفارش، {pending} در انتظار، {rewarded} پاداش‌گرفته","customer.nextTier":"{count} معرفی دیگر تا {tier}","customer.atRisk":"سطح در خطر تا","customer.memberCode":"کد عضویت","customer.referrals":"معرفی‌ها ({count})","customer.rewards":"پاداش‌ها ({count})","order.title":"معرفی سفارش","order.missing":"این صفحه را از صفحهٔ یک سفارش در داشبورد باز کنید.","order.none":"این سفارش معرفی ندارد.","status.PENDING":"در انتظار","status.QUALIFIED":"واجد شرایط","status.APPROVED":"تأییدشده","status.REWARDED":"پاداش‌گرفته","status.FLAGGED":"نشان‌دار","status.REJECTED":"ردشده","status.REVERSED":"برگشتی","status.HELD":"نگه‌داشته","status.ISSUED":"صادرشده","status.CANCELLED":"لغوشده","status.REVOKED":"پس‌گرفته","status.FAILED":"ناموفق","status.SCHEDULED":"زمان‌بندی‌شده","status.LIVE":"در جریان","status.ENDED":"پایان‌یافته","status.OPEN":"باز","status.DECIDED":"تعیین‌شده","side.ADVOCATE":"معرف","side.FRIEND":"دوست","kind.VOUCHER":"کد تخفیف","kind.STORE_CREDIT":"اعتبار فروشگاه","kind.DONATION":"کمک خیریه","kind.PERK":"مزیت","kind.PHYSICAL":"جایزهٔ فیزیکی","source.CODE":"کد","source.LINK":"پیوند","source.SIGNUP":"ثبت‌نام","source.MANUAL":"دستی","source.SURVEY":"نظرسنجی","source.EVENT":"کارت رویداد","network.EMAIL":"ایمیل","network.WHATSAPP":"واتس‌اپ","network.TELEGRAM":"تلگرام","network.X":"ایکس","network.FACEBOOK":"فیسبوک","network.LINKEDIN":"لینکدین","network.SMS":"پیامک","network.COPY_LINK":"پیوند کپی‌شده","network.OTHER":"دیگر","window.LIFETIME":"همیشه","window.ROLLING":"بازهٔ غلتان","window.CALENDAR_YEAR":"سال تقویمی","tierChange.PROMOTED":"ارتقا","tierChange.AT_RISK":"در خطر","tierChange.RECOVERED":"بازیابی","tierChange.DEMOTED":"تنزل","switch.START":"شروع شد","switch.END":"پایان یافت","switch.SKIPPED":"رد شد","method.RANK":"بر اساس رتبه","method.DRAW":"قرعه","discount.PERCENTAGE":"درصدی","discount.FIXED":"مبلغ ثابت","discount.FREE_SHIPPING":"ارسال رایگان"},mr={"exports.rows.zero":"لا صفوف","exports.rows.one":"صف واحد","exports.rows.two":"صفّان","exports.rows.few":"{count} صفوف","exports.rows.many":"{count} صفًا","exports.rows.other":"{count} صف","contests.entrants.zero":"لا مشاركين","contests.entrants.one":"مشارك واحد","contests.entrants.two":"مشاركان","contests.entrants.few":"{count} مشاركين","contests.entrants.many":"{count} مشاركًا","contests.entrants.other":"{count} مشارك","tiers.deleted.zero":"تم حذف المستوى؛ لم يُنقل أي عضو.","tiers.deleted.one":"تم حذف المستوى؛ نُقل عضو واحد.","tiers.deleted.two":"تم حذف المستوى؛ نُقل عضوان.","tiers.deleted.few":"تم حذف المستوى؛ نُقل {count} أعضاء.","tiers.deleted.many":"تم حذف المستوى؛ نُقل {count} عضوًا.","tiers.deleted.other":"تم حذف المستوى؛ نُقل {count} عضو.","perk.multiplier":"مكافأة ×{value}","perk.fixed":"مكافأة {amount}","perk.entry":"{amount} عند الدخول","perk.discount":"خصم الأعضاء {percent}","perk.earlyAccess":"وصول مبكر إلى {count} مجموعات","review.confirmApprove":"الموافقة على هذه الإحالة؟","review.confirmReject":"رفض هذه الإحالة؟","review.confirmText":"{friend}، بإحالة من {advocate}. يُسجَّل السبب في سجل الإحالة.","review.reasonRequired":"اذكر السبب.","review.confirm":"تأكيد","status.RUNNING":"قيد التنفيذ","status.SUCCESS":"جاهز","nav.exports":"التصدير","exports.new":"تصدير جديد","exports.intro":"ملف CSV لبيانات القناة يُكتب في الخلفية؛ نزّله من هنا عندما يجهز.","exports.kind":"ماذا","exports.campaign":"الحملة","exports.request":"تصدير","exports.requested":"تم طلب التصدير.","exports.files":"ملفات التصدير","exports.none":"لا توجد ملفات تصدير بعد.","exports.progress":"التقدم","exports.by":"طلبه","exports.download":"تنزيل CSV","exports.rows":"{count} صف","exports.counting":"جارٍ عدّ الصفوف…","export.REFERRALS":"الإحالات","export.REWARDS":"المكافآت","export.DONATIONS":"التبرعات","export.FUNNEL":"القمع اليومي","overview.period":"الفترة","period.30":"آخر ٣٠ يوماً","period.90":"آخر ٩٠ يوماً","period.365":"آخر ٣٦٥ يوماً","period.all":"كل الوقت","overview.new":"جديد","overview.vsPrevious":"مقارنة بالفترة السابقة بنفس الطول","overview.windowRevenue":"الإيرادات مع الطلبات المتكررة ({days} يوماً)","overview.fullCost":"التكلفة الكاملة","list.sep":"، ","overview.rates":"من الزيارة إلى الطلب: {visitToOrder} ({linkOrders} طلبات بعد زيارة، من {visits} زيارات)، من الطلب إلى النجاح: {orderToConverted}، معكوسة: {reversed}","overview.costs":"أين تذهب التكلفة","overview.committed":"ما زال محتجزاً (ملتزم به، لم يُدفع): {amount}","overview.comparison":"هذه الفترة مقابل السابقة","overview.thisPeriod":"هذه الفترة","overview.previousPeriod":"الفترة السابقة","funnel.shares":"المشاركات","funnel.signups":"التسجيلات","funnel.orders":"الطلبات","cost.advocateRewards":"مكافآت المُحيلين","cost.friendDiscounts":"خصومات الأصدقاء","cost.signupRewards":"مكافآت التسجيل","cost.tierEntryRewards":"مكافآت دخول المستويات","cost.milestoneBonuses":"مكافآت المراحل","cost.contestPrizes":"جوائز المسابقات","cost.donations":"التبرعات","cost.eventCosts":"الفعاليات","cost.memberDiscounts":"خصومات الأعضاء","cost.otherRewards":"مكافآت أخرى","app.title":"الإحالات","nav.label":"صفحات اللوحة","nav.overview":"نظرة عامة","nav.review":"قائمة المراجعة","nav.referrals":"الإحالات","nav.rewards":"المكافآت","nav.tiers":"المستويات والمراحل","nav.campaigns":"الحملات","nav.contests":"المسابقات","nav.causes":"القضايا الخيرية","nav.events":"الفعاليات",language:"اللغة",loading:"جارٍ التحميل…",nothing:"لا شيء هنا بعد.",all:"الكل",total:"{count} في المجموع",page:"الصفحة {page}",pages:"الصفحات",previous:"السابق",next:"التالي",save:"حفظ",saved:"تم الحفظ.",cancel:"إلغاء",edit:"تعديل",delete:"حذف",deleted:"تم الحذف.",confirmDelete:"هل تريد الحذف؟",active:"نشط",inactive:"غير نشط",anonymous:"مجهول",signOut:"تسجيل الخروج","signIn.title":"تسجيل الدخول إلى الإحالات","signIn.intro":"استخدم حساب الموظف في Saleor.","signIn.email":"البريد الإلكتروني","signIn.password":"كلمة المرور","signIn.submit":"تسجيل الدخول","noPermission.title":"لا توجد صلاحية","noPermission.text":"لا يملك حسابك صلاحية إدارة برنامج الإحالة. اطلب من المسؤول صلاحية «إدارة الخصومات».","dashboard.waiting":"في انتظار لوحة التحكم…","channel.title":"أي قناة؟","channel.label":"القناة","channel.slug":"معرّف القناة","channel.open":"فتح","overview.revenue":"إيرادات الإحالة","overview.cost":"تكلفة المكافآت","overview.roi":"العائد على المكافآت","overview.flagged":"بانتظار المراجعة","overview.funnel":"القمع","overview.statuses":"الإحالات حسب الحالة","overview.overTime":"إيرادات الإحالة مقابل تكلفة المكافآت، شهرياً","overview.perCampaign":"لكل حملة: الإيرادات مقابل التكلفة","overview.perTier":"المُحيلون في كل مستوى","overview.networks":"الزيارات حسب شبكة المشاركة","overview.leaderboard":"أفضل المُحيلين","overview.noProgram":"لا يوجد برنامج إحالة في هذه القناة بعد.","overview.noCampaigns":"لا توجد حملات بعد.","overview.noTiers":"لا توجد مستويات بعد.","overview.inactive":"البرنامج غير نشط في هذه القناة: فعّله من إعدادات الإضافة.","overview.programLine":"يحصل الأصدقاء على {offer}؛ ويحصل المُحيلون على {reward} لكل صديق ناجح، بعد {days} يوماً.","overview.campaignLive":"حملة جارية: {name}","funnel.visits":"الزيارات","funnel.referrals":"الإحالات","funnel.qualified":"مؤهلة","funnel.converted":"ناجحة","funnel.rewarded":"مكافأة","col.created":"التاريخ","col.status":"الحالة","col.advocate":"المُحيل","col.friend":"الصديق","col.order":"الطلب","col.total":"الإجمالي","col.reason":"السبب","col.recipient":"المستلم","col.kind":"النوع","col.amount":"المبلغ","col.release":"الإصدار","col.taken":"المسترد","col.tier":"المستوى","filter.from":"من","filter.to":"إلى","filter.apply":"تصفية","referral.history":"السجل","referral.rewards":"المكافآت","review.intro":"إحالات أوقفها فحص الاحتيال ليقرر فيها شخص. الموافقة تصرف المكافأة بعد فترة الانتظار؛ الرفض يمنع صرفها.","review.reason":"السبب","review.approve":"موافقة","review.reject":"رفض","review.empty":"لا توجد إحالة بانتظار المراجعة.","review.approved":"تمت الموافقة: {who}.","review.rejected":"تم الرفض: {who}.","referrals.attributeTitle":"نسب طلب يدوياً","referrals.attributeIntro":"لصديق ذكر اسم مُحيله («كيف عرفت عنا») أو رمز فات تسجيله.","referrals.advocateEmail":"بريد المُحيل","referrals.orderId":"معرّف الطلب","referrals.source":"المصدر","referrals.attribute":"نسب","rewards.reason":"سبب الاسترداد","rewards.revoke":"استرداد","rewards.shortfall":"العجز","tiers.ladder":"السلم","tiers.new":"مستوى جديد","tiers.create":"إنشاء مستوى","tiers.created":"تم إنشاء المستوى.","tiers.none":"لا توجد مستويات بعد.","tiers.name":"الاسم","tiers.nameFa":"الاسم بالفارسية","tiers.nameAr":"الاسم بالعربية","tiers.rank":"الترتيب","tiers.minReferrals":"الإحالات الناجحة المطلوبة","tiers.minRevenue":"إيرادات الإحالة المطلوبة","tiers.window":"فترة العد","tiers.windowDays":"الأيام (نافذة متحركة)","tiers.rewardMultiplier":"مضاعف المكافأة","tiers.rewardFixed":"مكافأة ثابتة","tiers.entryReward":"مكافأة الدخول","tiers.memberDiscount":"خصم الأعضاء (٪)","tiers.earlyAccess":"مجموعات الوصول المبكر","tiers.earlyAccessHint":"معرّفات مجموعات Saleor مفصولة بفواصل","tiers.earlyAccessUntil":"الوصول المبكر حتى","tiers.reason":"سبب التغيير","tiers.reasonHint":"مطلوب عند تغيير قاعدة الدخول","tiers.payEntryRewards":"صرف مكافآت الدخول للمُحيلين الذين يوضعون الآن","tiers.rule":"قاعدة الدخول","tiers.ruleText":"{count} ناجحة، {window}","tiers.perks":"المزايا","tiers.deleteReason":"سبب الحذف (ينزل الأعضاء مستوى)","tiers.deleted":"تم حذف المستوى؛ نُقل {count} عضواً.","tiers.placement":"توزيع المُحيلين: {done} من {total}","tiers.placementDone":"اكتمل.","tiers.history":"سجل مستوى مُحيل","tiers.historyShow":"عرض","tiers.now":"المستوى الحالي","tiers.demoteAfter":"ينزل بعد","tiers.fromTo":"من ← إلى","tiers.converted":"ناجحة","milestones.title":"المراحل والشارات","milestones.new":"مرحلة جديدة","milestones.create":"إنشاء مرحلة","milestones.created":"تم إنشاء المرحلة.","milestones.slug":"معرّف الشارة","milestones.referrals":"الإحالات الناجحة","milestones.bonus":"المكافأة","milestones.payBonuses":"صرف المكافآت للمُحيلين الذين تجاوزوها","campaigns.new":"حملة جديدة","campaigns.create":"إنشاء حملة","campaigns.created":"تم إنشاء الحملة.","campaigns.none":"لا توجد حملات بعد.","campaigns.name":"الاسم","campaigns.startsAt":"البداية","campaigns.endsAt":"النهاية","campaigns.imageUrl":"رابط الصورة","campaigns.copy":"نص صفحة الهبوط","campaigns.title":"العنوان","campaigns.description":"الوصف","campaigns.friendOffer":"عرض الصديق","campaigns.programOffer":"عرض البرنامج","campaigns.value":"القيمة","campaigns.minSpent":"الحد الأدنى للسلة","campaigns.advocateReward":"مكافأة المُحيل","campaigns.amount":"المبلغ","campaigns.multiplier":"المضاعف","campaigns.window":"الفترة","campaigns.results":"النتائج","campaigns.resultsText":"{referrals} إحالة، {converted} ناجحة","campaigns.switches":"تبديلات العرض","contests.new":"مسابقة جديدة","contests.create":"إنشاء مسابقة","contests.created":"تم إنشاء المسابقة.","contests.none":"لا توجد مسابقات بعد.","contests.name":"الاسم","contests.minReferrals":"الإحالات الناجحة للمشاركة","contests.prizes":"الجوائز","contests.addPrize":"إضافة جائزة","contests.description":"الوصف","contests.details":"الترتيب والجوائز","contests.standings":"الترتيب","contests.threshold":"{count} للمشاركة","contests.entrants":"{count} مشارك","contests.seed":"بذرة السحب","contests.seedHint":"فارغة: بذرة عشوائية تُسجَّل","contests.decide":"احسم الآن","contests.decided":"تم حسم المسابقة.","contests.decidedBy":"حسمها {who}، البذرة {seed}.","contests.method":"الطريقة","contests.winner":"الفائز","contests.fulfilled":"تم التسليم","contests.note":"ملاحظة (رقم التتبع…)","contests.fulfil":"تأكيد التسليم","contests.fulfilledNotice":"تم تسجيل تسليم الجائزة.","causes.new":"قضية جديدة","causes.create":"إنشاء قضية","causes.created":"تم إنشاء القضية.","causes.none":"لا توجد قضايا بعد.","causes.name":"الاسم","causes.description":"الوصف","causes.url":"الموقع","causes.goal":"الهدف","causes.perReferral":"التبرع لكل إحالة ناجحة","causes.raised":"المجموع","causes.pending":"للدفع","causes.paidOut":"المدفوع","causes.shortfall":"العجز","causes.donations":"التبرعات","causes.progress":"التقدم","causes.recordPayout":"تسجيل دفعة","causes.reference":"مرجع الدفع","causes.payoutIntro":"يسجّل أن {amount} (كل التبرعات المصروفة حتى الآن) دُفع للقضية.","causes.paid":"تم تسجيل دفعة بقيمة {amount}.","events.new":"فعالية جديدة","events.create":"إنشاء فعالية","events.created":"تم إنشاء الفعالية.","events.none":"لا توجد فعاليات بعد.","events.name":"الاسم","events.startsAt":"البداية","events.capacity":"السعة","events.minTier":"الحد الأدنى للمستوى","events.everyone":"كل المُحيلين","events.passes":"تذاكر الضيوف لكل عضو","events.cost":"التكلفة","events.invite":"إرسال دعوات للأعضاء بالبريد","events.seats":"المقاعد المتبقية","events.invited":"الأعضاء المدعوون","events.redeemed":"التذاكر المستخدمة","customer.title":"إحالات العميل","customer.missing":"افتح هذه الصفحة من صفحة عميل في لوحة التحكم.","customer.none":"لا يوجد برنامج إحالة أو لا يوجد هذا العميل.","customer.code":"الرمز","customer.friends":"الأصدقاء","customer.earned":"المكتسب","customer.statsText":"{visits} زيارة، {orders} طلب، {pending} معلّقة، {rewarded} مكافأة","customer.nextTier":"{count} أخرى حتى {tier}","customer.atRisk":"المستوى مهدد حتى","customer.memberCode":"رمز العضوية","customer.referrals":"الإحالات ({count})","customer.rewards":"المكافآت ({count})","order.title":"إحالة الطلب","order.missing":"افتح هذه الصفحة من صفحة طلب في لوحة التحكم.","order.none":"لا توجد إحالة لهذا الطلب.","status.PENDING":"معلّقة","status.QUALIFIED":"مؤهلة","status.APPROVED":"موافق عليها","status.REWARDED":"مكافأة","status.FLAGGED":"مُعلَّمة","status.REJECTED":"مرفوضة","status.REVERSED":"معكوسة","status.HELD":"محتجزة","status.ISSUED":"صادرة","status.CANCELLED":"ملغاة","status.REVOKED":"مستردة","status.FAILED":"فاشلة","status.SCHEDULED":"مجدولة","status.LIVE":"جارية","status.ENDED":"منتهية","status.OPEN":"مفتوحة","status.DECIDED":"محسومة","side.ADVOCATE":"المُحيل","side.FRIEND":"الصديق","kind.VOUCHER":"قسيمة","kind.STORE_CREDIT":"رصيد المتجر","kind.DONATION":"تبرع","kind.PERK":"ميزة","kind.PHYSICAL":"جائزة عينية","source.CODE":"رمز","source.LINK":"رابط","source.SIGNUP":"تسجيل","source.MANUAL":"يدوي","source.SURVEY":"استبيان","source.EVENT":"تذكرة فعالية","network.EMAIL":"البريد","network.WHATSAPP":"واتساب","network.TELEGRAM":"تيليجرام","network.X":"إكس","network.FACEBOOK":"فيسبوك","network.LINKEDIN":"لينكدإن","network.SMS":"رسالة نصية","network.COPY_LINK":"رابط منسوخ","network.OTHER":"أخرى","window.LIFETIME":"دائماً","window.ROLLING":"نافذة متحركة","window.CALENDAR_YEAR":"سنة تقويمية","tierChange.PROMOTED":"ترقية","tierChange.AT_RISK":"مهدد","tierChange.RECOVERED":"استعادة","tierChange.DEMOTED":"تخفيض","switch.START":"بدأت","switch.END":"انتهت","switch.SKIPPED":"تم التخطي","method.RANK":"حسب الترتيب","method.DRAW":"سحب","discount.PERCENTAGE":"نسبة مئوية","discount.FIXED":"مبلغ ثابت","discount.FREE_SHIPPING":"شحن مجاني"};for(let e of[pr,mr])e["language.en"]=Ze["language.en"],e["language.fa"]=Ze["language.fa"],e["language.ar"]=Ze["language.ar"];for(let[e,t]of Object.entries({en:Ze,fa:pr,ar:mr}))Object.assign(t,kn[e]);var et={en:Ze,fa:pr,ar:mr};var fr=["en","fa","ar"],In={en:"en-US",fa:"fa-IR-u-nu-arabext",ar:"ar-EG-u-nu-arab"},be="en";function wt(...e){for(let t of e){let r=String(t||"").slice(0,2).toLowerCase();if(fr.includes(r))return r}return"en"}function Tn(e){be=wt(e),document.documentElement.lang=be,document.documentElement.dir=tt()}var se=()=>be,tt=()=>be==="en"?"ltr":"rtl",xe=()=>In[be],Ue=()=>tt()==="rtl"?"←":"→";function js(e,t){if(typeof t!="number")return e;let r=new Intl.PluralRules(In[be]).select(t),n=et[be];return`${e}.${r}`in n?`${e}.${r}`:`${e}.other`in n?`${e}.other`:e}function a(e,t={}){let r=js(e,t.count);return(et[be][r]??et.en[r]??et.en[e]??e).replace(/\{(\w+)\}/g,(s,o)=>typeof t[o]=="number"?I(t[o]):String(t[o]??""))}var x=(e,t)=>a(`${e}.${t}`),I=(e,t={})=>new Intl.NumberFormat(xe(),t).format(e);function k(e){if(!e)return"—";try{return new Intl.NumberFormat(xe(),{style:"currency",currency:e.currency}).format(e.amount)}catch{return`${I(e.amount)} ${e.currency}`}}var Pn=e=>new Intl.NumberFormat(xe(),{notation:"compact",maximumFractionDigits:1}).format(e),de=e=>new Intl.NumberFormat(xe(),{style:"percent",maximumFractionDigits:1}).format(e),On=e=>new Intl.DateTimeFormat(xe(),{dateStyle:"medium"}).format(new Date(e)),Nn=e=>new Intl.DateTimeFormat(xe(),{dateStyle:"medium",timeStyle:"short"}).format(new Date(e)),Fn=e=>new Intl.DateTimeFormat(xe(),{month:"short",year:"2-digit",timeZone:"UTC"}).format(e);var zs=["channel","lang","saleorApiUrl"];function Ln(e){let t=new URLSearchParams,r=new URLSearchParams(location.search);for(let u of zs)r.get(u)&&t.set(u,r.get(u));function n(){return{page:(location.pathname.startsWith(e)?location.pathname.slice(e.length):"").replace(/\/+$/,"")||"overview",query:new URLSearchParams(location.search)}}function s(u,l={}){let m=new URLSearchParams(t);for(let[f,$]of Object.entries(l))$!=null&&$!==""&&m.set(f,$);let p=m.toString();return e+(u==="overview"?"":u)+(p?`?${p}`:"")}let o=new Set;function c(u,l){history.pushState(null,"",s(u,l)),o.forEach(m=>m())}addEventListener("popstate",()=>o.forEach(u=>u()));function d(){let[u,l]=_(n);return q(()=>{let m=()=>l(n());return o.add(m),()=>o.delete(m)},[]),u}return{href:s,navigate:c,useRoute:d}}var Mn=function(e,t,r,n){var s;t[0]=0;for(var o=1;o<t.length;o++){var c=t[o++],d=t[o]?(t[0]|=c?1:2,r[t[o++]]):t[++o];c===3?n[0]=d:c===4?n[1]=Object.assign(n[1]||{},d):c===5?(n[1]=n[1]||{})[t[++o]]=d:c===6?n[1][t[++o]]+=d+"":c?(s=e.apply(d,Mn(e,d,r,["",null])),n.push(s),d[0]?t[0]|=2:(t[o-2]=0,t[o]=s)):n.push(d)}return n},Un=new Map;function Hn(e){var t=Un.get(this);return t||(t=new Map,Un.set(this,t)),(t=Mn(this,t.get(e)||(t.set(e,t=(function(r){for(var n,s,o=1,c="",d="",u=[0],l=function(f){o===1&&(f||(c=c.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,f,c):o===3&&(f||c)?(u.push(3,f,c),o=2):o===2&&c==="..."&&f?u.push(4,f,0):o===2&&c&&!f?u.push(5,0,!0,c):o>=5&&((c||!f&&o===5)&&(u.push(o,0,c,s),o=6),f&&(u.push(o,f,0,s),o=6)),c=""},m=0;m<r.length;m++){m&&(o===1&&l(),l(m));for(var p=0;p<r[m].length;p++)n=r[m][p],o===1?n==="<"?(l(),u=[u],o=3):c+=n:o===4?c==="--"&&n===">"?(o=1,c=""):c=n+c[0]:d?n===d?d="":c+=n:n==='"'||n==="'"?d=n:n===">"?(l(),o=1):o&&(n==="="?(o=5,s=c,c=""):n==="/"&&(o<5||r[m][p+1]===">")?(l(),o===3&&(u=u[0]),o=u,(u=u[0]).push(2,0,o),o=0):n===" "||n==="	"||n===`
`||n==="\r"?(l(),o=2):c+=n),o===3&&c==="!--"&&(o=4,u=u[0])}return l(),u})(e)),t),arguments,[])).length>1?t:t[0]}var i=Hn.bind(ve),bt=Pe(null),A=()=>mt(bt);function L(e,t,r=[]){let n=A(),[s,o]=_({loading:!0,data:null,error:null}),[c,d]=_(0);q(()=>{let l=!0;return o(m=>({...m,loading:!0})),n.gql(e,t).then(m=>l&&o({loading:!1,data:m,error:null}),m=>{l&&(m instanceof me&&m.kind!=="query"&&n.onApiError(m),o({loading:!1,data:null,error:m}))}),()=>{l=!1}},[...r,c,n.channel]);let u=pt(()=>d(l=>l+1),[]);return{...s,reload:u}}function O(e,t){let r=A(),[n,s]=_([]),[o,c]=_(!1);async function d(u){c(!0);try{let{payload:l,errors:m}=await ft(r.gql,e,u,t);return s(m),m.length?null:l}catch(l){return l instanceof me&&l.kind!=="query"&&r.onApiError(l),s([{field:l.field||null,code:"INVALID",message:l.message}]),null}finally{c(!1)}}return{run:d,errors:n,setErrors:s,busy:o}}var Wn=(e,t)=>!!e&&(e===t||e.startsWith(t)&&/[A-Z]/.test(e[t.length])),Js=(e,t)=>e.filter(r=>Wn(r.field,t));function g({label:e,name:t,errors:r=[],hint:n,children:s}){let o=Js(r,t);return i`<div class=${`field${o.length?" invalid":""}`} data-field=${t}>
    <label>
      <span class="field-label">${e}</span>
      ${s}
    </label>
    ${n&&i`<small class="hint">${n}</small>`}
    ${o.map(c=>i`<p class="field-error" role="alert" data-code=${c.code}>${c.message}</p>`)}
  </div>`}function H({errors:e,fields:t}){let r=e.filter(n=>!n.field||!t.some(s=>Wn(n.field,s)));return r.length?i`<div class="form-errors" role="alert">
    ${r.map(n=>i`<p class="field-error" data-code=${n.code}>
          ${n.field?i`<b>${n.field}</b>: `:""}${n.message}
        </p>`)}
  </div>`:null}function w({name:e,value:t,set:r,type:n="text",...s}){return i`<input
    name=${e}
    type=${n}
    value=${t??""}
    onInput=${o=>r(e,n==="checkbox"?o.target.checked:o.target.value)}
    ...${s}
  />`}function pe({name:e,value:t,set:r,text:n}){return i`<label class="check">
    <input
      type="checkbox"
      name=${e}
      checked=${!!t}
      onChange=${s=>r(e,s.target.checked)}
    />
    ${n}</label
  >`}function X({name:e,value:t,set:r,options:n}){return i`<select name=${e} value=${t??""} onChange=${s=>r(e,s.target.value)}>
    ${n.map(([s,o])=>i`<option value=${s} selected=${s===(t??"")}>${o}</option>`)}
  </select>`}function K(e){let[t,r]=_(e);return{values:t,set:(s,o)=>r(c=>({...c,[s]:o})),setValues:r}}var J=e=>e===""||e===null||e===void 0?null:Number(e),fe=e=>e===""||e===null||e===void 0?null:parseInt(e,10),Q=e=>e?new Date(e).toISOString():null;function $e(e){if(!e)return"";let t=new Date(e),r=n=>String(n).padStart(2,"0");return`${t.getFullYear()}-${r(t.getMonth()+1)}-${r(t.getDate())}T${r(t.getHours())}:${r(t.getMinutes())}`}function U(){return i`<p class="muted loading">${a("loading")}</p>`}function N({error:e}){return e?i`<div class="form-errors" role="alert"><p class="field-error">${e.message}</p></div>`:null}function Ee({value:e}){return e?i`<span class="num">${k(e)}</span>`:i`<span class="muted">—</span>`}var W=({value:e,time:t=!0})=>e?i`<time datetime=${e}>${t?Nn(e):On(e)}</time>`:i`<span class="muted">—</span>`,re=({value:e})=>i`<span class=${`badge status-${String(e).toLowerCase()}`}>${x("status",e)}</span>`;function Me(){let[e,t]=_([null]);return{after:e[e.length-1],page:e.length,next:n=>t(s=>[...s,n]),previous:()=>t(n=>n.length>1?n.slice(0,-1):n),reset:()=>t([null])}}function He({pager:e,connection:t}){return t?i`<nav class="pager" aria-label=${a("pages")}>
    <span class="muted">${a("total",{count:t.totalCount??0})}</span>
    <button type="button" class="secondary" disabled=${e.page<=1} onClick=${e.previous}>
      ${a("previous")}
    </button>
    <span>${a("page",{page:e.page})}</span>
    <button
      type="button"
      class="secondary"
      disabled=${!t.pageInfo.hasNextPage}
      onClick=${()=>e.next(t.pageInfo.endCursor)}
    >
      ${a("next")}
    </button>
  </nav>`:null}function D({title:e,actions:t,children:r,id:n}){return i`<section class="card" id=${n}>
    <header class="card-header"><h2>${e}</h2>${t}</header>
    ${r}
  </section>`}function T({text:e}){return i`<p class="muted empty">${e||a("nothing")}</p>`}var rt=(e,t)=>["fa","ar"].filter(r=>(e[`${t}_${r}`]||"").trim()).map(r=>({language:r,name:e[`${t}_${r}`].trim()}));var Et=["var(--chart-1)","var(--chart-2)","var(--chart-3)","var(--chart-4)"],Qs=222,Ys=(e,t)=>{let r=t>1?34+e*34/(t-1):45;return`hsl(${Qs}, 65%, ${Math.round(r)}%)`};function Vn(e){let t=ge(null),[r,n]=_(e);return Bt(()=>{let s=t.current;if(!s)return;let o=()=>{let d=Math.floor(s.getBoundingClientRect().width);d>0&&n(d)};if(o(),typeof ResizeObserver>"u")return;let c=new ResizeObserver(o);return c.observe(s),()=>c.disconnect()},[]),[t,r]}function Xs(e,{integer:t=!1,count:r=4}={}){let n=Math.max(e,t?1:0)||1,s=n/r,o=10**Math.floor(Math.log10(s)),c=[1,2,5,10].map(u=>u*o).find(u=>u>=s);t&&(c=Math.max(1,Math.ceil(c)));let d=[];for(let u=0;u<n+c/2;u+=c)d.push(Number(u.toPrecision(12)));return d[d.length-1]<n&&d.push(Number((d[d.length-1]+c).toPrecision(12))),d}var Zs=(e,t)=>{let r=Math.max(3,Math.floor(t/6.6)),n=String(e);return n.length>r?`${n.slice(0,r-1)}…`:n},Bn=(e,t)=>{let r=Zs(e,t);return r===String(e)?r:i`${r}<title>${e}</title>`};function Rt({items:e,title:t,format:r=I,name:n}){let[s,o]=Vn(420),c=40,d=Math.max(e.length,1)*c+4,u=Math.max(1,...e.map(f=>f.value)),l=tt()==="rtl",p=Math.max(40,o-96-8);return i`<figure class="chart-figure" data-chart=${n} ref=${s}>
    <svg class="chart bar-chart" width=${o} height=${d} viewBox=${`0 0 ${o} ${d}`}
      role="img" aria-label=${t}>
      ${e.map((f,$)=>{let v=2+$*c,h=Math.max(f.value>0?2:0,f.value/u*p),y=l?o-4-h:4,b=l?o-4:4,R=l?y-6:y+h+6,G=f.color||Ys($,e.length);return i`<g>
          <text x=${b} y=${v+14} text-anchor="start" direction=${l?"rtl":"ltr"} class="chart-label">
            ${Bn(f.label,o-8)}
          </text>
          <rect
            class="bar"
            x=${y}
            y=${v+20}
            width=${h}
            height="14"
            rx="3"
            style=${`fill:${G}`}
            data-value=${f.value}
          ><title>${f.label}: ${r(f.value)}</title></rect>
          <text x=${R} y=${v+31} text-anchor="start" direction=${l?"rtl":"ltr"} class="chart-value">
            ${r(f.value)}
          </text>
        </g>`})}
    </svg>
  </figure>`}function nt({labels:e,series:t,title:r,format:n=I,name:s,integer:o}){let[c,d]=Vn(860),u=o??n===I,l=260,m=12,p=40,f=56,$=l-m-p,v=Xs(Math.max(0,...t.flatMap(S=>S.values)),{integer:u}),h=v[v.length-1],y=tt()==="rtl",b=(d-f-8)/Math.max(e.length,1),R=Math.max(3,(b-8)/t.length),G=(S,F)=>{let V=f+S*b+4+F*R;return y?d-V-R:V};return i`<figure class="chart-figure" data-chart=${s} ref=${c}>
    <svg class="chart column-chart" width=${d} height=${l} viewBox=${`0 0 ${d} ${l}`}
      role="img" aria-label=${r}>
      ${v.map(S=>{let F=m+$-S/h*$;return i`<g>
          <line x1=${y?0:f} x2=${y?d-f:d} y1=${F} y2=${F} class="grid" />
          <text x=${y?d-4:f-6} y=${F+4} text-anchor="end" class="chart-axis tick"
            direction="ltr" data-tick=${S}>
            ${u?I(S):Pn(S)}
          </text>
        </g>`})}
      ${e.map((S,F)=>i`<g>
          ${t.map((V,E)=>{let Z=V.values[F]||0,te=Z/h*$;return i`<rect
              class="bar"
              x=${G(F,E)}
              y=${m+$-te}
              width=${R-1}
              height=${te}
              style=${`fill:${V.color||Et[E%Et.length]}`}
              data-series=${V.name}
              data-value=${Z}
            ><title>${S} · ${V.name}: ${n(Z)}</title></rect>`})}
          <text
            x=${y?d-(f+F*b+b/2):f+F*b+b/2}
            y=${l-p+16}
            text-anchor="middle"
            class="chart-axis"
          >${Bn(S,b-4)}</text>
        </g>`)}
    </svg>
    <figcaption>
      <span>${r}</span>
      <span class="legend">
        ${t.map((S,F)=>i`<span class="legend-item"><i style=${`background:${S.color||Et[F%Et.length]}`}></i>${S.name}</span>`)}
      </span>
    </figcaption>
    <table class="sr-only">
      <thead><tr><th></th>${t.map(S=>i`<th>${S.name}</th>`)}</tr></thead>
      <tbody>
        ${e.map((S,F)=>i`<tr><th>${S}</th>${t.map(V=>i`<td>${n(V.values[F]||0)}</td>`)}</tr>`)}
      </tbody>
    </table>
  </figure>`}var eo=12,Gn=864e5,$r={30:30,90:90,365:365,all:null};function to(e=new Date){let t=[];for(let r=eo-1;r>=-1;r-=1)t.push(new Date(Date.UTC(e.getUTCFullYear(),e.getUTCMonth()-r,1)));return t}function ro(e,t=new Date){let r=$r[e];if(!r)return null;let n=Date.UTC(t.getUTCFullYear(),t.getUTCMonth(),t.getUTCDate())+Gn;return{gte:new Date(n-r*Gn).toISOString(),lte:new Date(n).toISOString()}}var ne="{ amount currency }",qn=["advocateRewards","friendDiscounts","signupRewards","tierEntryRewards","milestoneBonuses","contestPrizes","donations","eventCosts","memberDiscounts","otherRewards"],Ve=["shares","visits","signups","orders","qualified","converted","rewarded"],no=`query Overview($channel: String!, $period: ReferralPeriodInput, $compare: Boolean!, $language: String) {
  report: referralReport(channel: $channel, period: $period, compareWithPrevious: $compare) {
    start end
    funnel { ${Ve.join(" ")} reversed linkOrders visitsByNetwork { network count } sharesByNetwork { network count }
      visitToOrderRate orderToConvertedRate }
    money { repeatWindowDays referredOrders repeatOrders firstOrderRevenue ${ne} windowRevenue ${ne}
      costs { ${qn.map(e=>`${e} ${ne}`).join(" ")} } totalCost ${ne} committed ${ne}
      returnOnRewards windowReturnOnRewards }
    previous { start end funnel { ${Ve.join(" ")} }
      money { firstOrderRevenue ${ne} windowRevenue ${ne} totalCost ${ne} returnOnRewards } }
  }
  summary: referralProgramSummary(channel: $channel) { flagged }
  referralCampaigns(channel: $channel) {
    id name state
    results { referrals converted referredRevenue ${ne} rewardCost ${ne} }
  }
  referralTiers(channel: $channel) { id name(languageCode: $language) rank members }
  referralProgram(channel: $channel) {
    isActive friendOffer { type value currency minSpent ${ne} }
    advocateReward { type amount ${ne} } minOrderTotal ${ne}
    newCustomersOnly holdDays campaign { name }
  }
}`;function ao(e){return`query OverviewMonths($channel: String!) { ${e.slice(0,-1).map((r,n)=>`m${n}: referralReport(channel: $channel, period: {gte: "${r.toISOString()}", lte: "${e[n+1].toISOString()}"}) { money { firstOrderRevenue ${ne} totalCost ${ne} } }`).join(`
`)} }`}var so=`query Leaderboard($channel: String!) {
  referralLeaderboard(channel: $channel, period: ALL_TIME, first: 10) { rank name convertedReferrals }
}`;function oo({query:{data:e,error:t,loading:r}}){if(r)return i`<${U} />`;if(t)return i`<${N} error=${t} />`;let n=e.referralLeaderboard||[];return n.length?i`<ol class="leaderboard">
    ${n.map(s=>i`<li><span>${s.name||a("anonymous")}</span><b class="num">${I(s.convertedReferrals)}</b></li>`)}
  </ol>`:i`<${T} />`}function io({starts:e,query:{data:t,error:r,loading:n},money:s}){if(n)return i`<${U} />`;if(r)return i`<${N} error=${r} />`;let o=e.slice(0,-1),c=d=>t[`m${d}`];return i`<${nt}
    name="money"
    title=${a("overview.overTime")}
    format=${s}
    labels=${o.map(d=>Fn(d))}
    series=${[{name:a("overview.revenue"),values:o.map((d,u)=>c(u)?.money.firstOrderRevenue.amount??0)},{name:a("overview.fullCost"),values:o.map((d,u)=>c(u)?.money.totalCost.amount??0)}]}
  />`}function lo({program:e}){if(!e)return i`<p class="notice warn" role="status">${a("overview.inactive")}</p>`;let t=e.friendOffer,r=t.type==="PERCENTAGE"?de(t.value/100):t.type==="FIXED"?k({amount:t.value,currency:t.currency}):x("discount",t.type);return i`<p class="program-line muted" data-program>
    ${a("overview.programLine",{offer:r,reward:`${k(e.advocateReward.amount)} (${x("kind",e.advocateReward.type)})`,days:e.holdDays})}
    ${e.campaign?i`${a("list.sep")}${a("overview.campaignLive",{name:e.campaign.name})}`:""}
  </p>`}function co({now:e,before:t}){if(t==null)return null;if(!t)return e?i`<small class="change up">${a("overview.new")}</small>`:null;let r=(e-t)/t,n=r>0?"+":"";return i`<small class=${`change ${r>0?"up":r<0?"down":""}`} title=${a("overview.vsPrevious")}>
    ${n}${de(r)}
  </small>`}function We({title:e,value:t,name:r,now:n,before:s}){return i`<div class="kpi" data-kpi=${r}>
    <span class="kpi-title">${e}</span>
    <strong class="num">${t}</strong>
    <${co} now=${n} before=${s} />
  </div>`}function Kn({query:e}){let t=A(),[r,n]=_(()=>e.get("period")in $r?e.get("period"):"30"),[s]=_(to),o=ro(r),{data:c,error:d,loading:u}=L(no,{channel:t.channel,period:o,compare:!!o,language:se()},[r]),l=L(ao(s),{channel:t.channel}),m=L(so,{channel:t.channel}),p=i`<label class="period-picker">
    <span class="sr-only">${a("overview.period")}</span>
    <select name="period" value=${r} onChange=${E=>n(E.target.value)}>
      ${Object.keys($r).map(E=>i`<option value=${E} selected=${E===r}>${a(`period.${E}`)}</option>`)}
    </select>
  </label>`,f=i`<header class="page-header"><h1>${a("nav.overview")}</h1>${p}</header>`;if(u&&!c)return i`${f}<${U} />`;if(d)return i`${f}<${N} error=${d} />`;let $=c.report;if(!$)return i`${f}<${T} text=${a("overview.noProgram")} />`;let{funnel:v,money:h}=$,y=$.previous,b=h.totalCost.currency,R=E=>k({amount:E,currency:b}),G=E=>E==null?"—":`${I(E,{maximumFractionDigits:2})}×`,S=c.referralCampaigns.filter(E=>E.results),F=[...new Set([...v.sharesByNetwork,...v.visitsByNetwork].map(E=>E.network))],V=(E,Z)=>E.find(te=>te.network===Z)?.count??0;return i`${f}
    <${lo} program=${c.referralProgram} />
    <div class="kpis">
      <${We} name="revenue" title=${a("overview.revenue")} value=${k(h.firstOrderRevenue)}
        now=${h.firstOrderRevenue.amount} before=${y?.money.firstOrderRevenue.amount} />
      <${We} name="window-revenue" title=${a("overview.windowRevenue",{days:h.repeatWindowDays})}
        value=${k(h.windowRevenue)} now=${h.windowRevenue.amount} before=${y?.money.windowRevenue.amount} />
      <${We} name="cost" title=${a("overview.fullCost")} value=${k(h.totalCost)}
        now=${h.totalCost.amount} before=${y?.money.totalCost.amount} />
      <${We} name="roi" title=${a("overview.roi")} value=${G(h.returnOnRewards)}
        now=${h.returnOnRewards} before=${y?.money.returnOnRewards} />
      <${We} name="converted" title=${a("funnel.converted")} value=${I(v.converted)}
        now=${v.converted} before=${y?.funnel.converted} />
      <${We} name="flagged" title=${a("overview.flagged")} value=${I(c.summary?c.summary.flagged:0)} />
    </div>
    <div class="grid-2">
      <${D} title=${a("overview.funnel")} id="funnel">
        <${Rt} name="funnel" title=${a("overview.funnel")}
          items=${Ve.map(E=>({label:a(`funnel.${E}`),value:v[E]}))} />
        <p class="muted small">
          ${a("overview.rates",{visitToOrder:v.visitToOrderRate===null?"—":de(v.visitToOrderRate),linkOrders:v.linkOrders,visits:v.visits,orderToConverted:v.orderToConvertedRate===null?"—":de(v.orderToConvertedRate),reversed:v.reversed})}
        </p>
      <//>
      <${D} title=${a("overview.costs")} id="costs">
        <${Rt} name="costs" title=${a("overview.costs")} format=${R}
          items=${qn.map(E=>({label:a(`cost.${E}`),value:h.costs[E].amount}))} />
        <p class="muted small">${a("overview.committed",{amount:k(h.committed)})}</p>
      <//>
    </div>
    ${y&&i`<${D} title=${a("overview.comparison")} id="comparison">
      <${nt} name="comparison" title=${a("overview.comparison")}
        labels=${Ve.map(E=>a(`funnel.${E}`))}
        series=${[{name:a("overview.thisPeriod"),values:Ve.map(E=>v[E])},{name:a("overview.previousPeriod"),values:Ve.map(E=>y.funnel[E])}]} />
    <//>`}
    <${D} title=${a("overview.overTime")} id="over-time">
      <${io} starts=${s} query=${l} money=${R} />
    <//>
    <div class="grid-2">
      <${D} title=${a("overview.perCampaign")} id="per-campaign">
        ${S.length?i`<${nt}
              name="campaigns"
              title=${a("overview.perCampaign")}
              format=${R}
              labels=${S.map(E=>E.name)}
              series=${[{name:a("overview.revenue"),values:S.map(E=>E.results.referredRevenue.amount)},{name:a("cost.advocateRewards"),values:S.map(E=>E.results.rewardCost.amount)}]}
            />`:i`<${T} text=${a("overview.noCampaigns")} />`}
      <//>
      <${D} title=${a("overview.perTier")} id="per-tier">
        ${c.referralTiers.length?i`<${Rt}
              name="tiers"
              title=${a("overview.perTier")}
              items=${c.referralTiers.map(E=>({label:E.name,value:E.members}))}
            />`:i`<${T} text=${a("overview.noTiers")} />`}
      <//>
    </div>
    <div class="grid-2">
      <${D} title=${a("overview.networks")} id="networks">
        ${F.length?i`<${nt}
              name="networks"
              title=${a("overview.networks")}
              labels=${F.map(E=>x("network",E))}
              series=${[{name:a("funnel.shares"),values:F.map(E=>V(v.sharesByNetwork,E))},{name:a("funnel.visits"),values:F.map(E=>V(v.visitsByNetwork,E))}]}
            />`:i`<${T} />`}
      <//>
      <${D} title=${a("overview.leaderboard")} id="leaderboard">
        <${oo} query=${m} />
      <//>
    </div>`}var De=`id status statusReason source advocateEmail friendEmail friendName code
  orderId orderNumber orderTotal { amount currency } createdAt
  history { fromStatus toStatus reason createdAt }
  rewards { id side kind status amount { amount currency } releaseAt voucherCode }`,Be="totalCount pageInfo { hasNextPage endCursor }",uo=`mutation Review($id: ID!, $decision: ReferralReviewDecisionEnum!, $reason: String) {
  referralReview(id: $id, decision: $decision, reason: $reason) {
    referral { id status statusReason } ${P}
  }
}`;function ke({referral:e}){return i`<div class="details">
    <div>
      <h3>${a("referral.history")}</h3>
      <ol class="history">
        ${(e.history||[]).map(t=>i`<li>
            <${W} value=${t.createdAt} />
            <span>${t.fromStatus?x("status",t.fromStatus):"—"} ${Ue()} ${x("status",t.toStatus)}</span>
            <span class="muted">${t.reason}</span>
          </li>`)}
      </ol>
    </div>
    <div>
      <h3>${a("referral.rewards")}</h3>
      ${e.rewards.length?i`<ul class="plain">
            ${e.rewards.map(t=>i`<li>
                ${x("side",t.side)}${a("list.sep")}${x("kind",t.kind)}${a("list.sep")}${k(t.amount)}${a("list.sep")}
                <${re} value=${t.status} />
              </li>`)}
          </ul>`:i`<p class="muted">${a("nothing")}</p>`}
    </div>
  </div>`}function Ie({referral:e,onDone:t}){let[r,n]=_(null),[s,o]=_(""),[c,d]=_(!1),u=ge(null),l=O(uo,"referralReview");q(()=>{let v=u.current;v&&(r&&!v.open&&(v.showModal?v.showModal():v.setAttribute("open",""),v.querySelector("textarea")?.focus()),!r&&v.open&&v.close())},[r]);let m=v=>{o(""),d(!1),n(v)};async function p(v){if(v.preventDefault(),!s.trim()){d(!0);return}let h=await l.run({id:e.id,decision:r,reason:s.trim()});if(h){let y=r;n(null),t(h.referral,y)}}let f=c?[{field:"reason",code:"REQUIRED",message:a("review.reasonRequired")},...l.errors]:l.errors,$=e.friendEmail||e.friendName||"—";return i`<div class="review-form" data-referral=${e.id}>
    <div class="actions">
      <button type="button" name="approve" disabled=${l.busy} onClick=${()=>m("APPROVE")}>${a("review.approve")}</button>
      <button type="button" name="reject" class="danger" disabled=${l.busy} onClick=${()=>m("REJECT")}>${a("review.reject")}</button>
    </div>
    <dialog ref=${u} class="review-dialog" data-decision=${r||""} onClose=${()=>n(null)}
      aria-labelledby=${`review-title-${e.id}`}>
      <form method="dialog" name="review" onSubmit=${p} noValidate>
        <h2 id=${`review-title-${e.id}`}>${a(r==="REJECT"?"review.confirmReject":"review.confirmApprove")}</h2>
        <p class="muted">${a("review.confirmText",{friend:$,advocate:e.advocateEmail||"—"})}</p>
        <${g} label=${a("review.reason")} name="reason" errors=${f}>
          <textarea name="reason" rows="3" required value=${s} onInput=${v=>{o(v.target.value),d(!1)}}></textarea>
        <//>
        <${H} errors=${l.errors} fields=${["reason"]} />
        <div class="actions">
          <button type="submit" name="confirm" class=${r==="REJECT"?"danger":""} disabled=${l.busy}>
            ${a("review.confirm")}
          </button>
          <button type="button" name="cancel" class="secondary" onClick=${()=>n(null)}>${a("cancel")}</button>
        </div>
      </form>
    </dialog>
  </div>`}function At({referral:e,open:t,onToggle:r,children:n}){let s=o=>{(o.key==="Enter"||o.key===" ")&&(o.preventDefault(),r())};return i`<tr class="row" data-id=${e.id} onClick=${r} onKeyDown=${s}
      tabindex="0" aria-expanded=${t}>
      <td><${W} value=${e.createdAt} /></td>
      <td><${re} value=${e.status} /></td>
      <td>${e.advocateEmail||"—"}<br /><small class="muted">${e.code}</small></td>
      <td>${e.friendEmail||e.friendName||"—"}</td>
      <td>${e.orderNumber?`#${e.orderNumber}`:"—"}</td>
      <td><${Ee} value=${e.orderTotal} /></td>
      <td class="muted">${e.statusReason||x("source",e.source)}</td>
    </tr>
    ${t&&i`<tr class="expanded"><td colspan="7">${n}</td></tr>`}`}var Ct=()=>i`<thead><tr>
  <th>${a("col.created")}</th><th>${a("col.status")}</th><th>${a("col.advocate")}</th>
  <th>${a("col.friend")}</th><th>${a("col.order")}</th><th>${a("col.total")}</th><th>${a("col.reason")}</th>
</tr></thead>`;var po=`query Queue($channel: String!, $after: String) {
  referrals(channel: $channel, filter: {status: [FLAGGED]}, first: 20, after: $after) {
    ${Be}
    edges { node { ${De} } }
  }
}`;function jn(){let e=A(),t=Me(),[r,n]=_(null),{data:s,error:o,loading:c,reload:d}=L(po,{channel:e.channel,after:t.after},[t.after]),u=s&&s.referrals;return i`<h1>${a("nav.review")}</h1>
    <p class="muted">${a("review.intro")}</p>
    ${r&&i`<p class="notice" role="status">${r}</p>`}
    ${c&&!s&&i`<${U} />`}
    <${N} error=${o} />
    ${u&&(u.edges.length?i`<ul class="queue">
          ${u.edges.map(({node:l})=>i`<li class="card queue-item" data-id=${l.id}>
              <header class="queue-head">
                <${re} value=${l.status} />
                <b>${l.advocateEmail}</b> ${Ue()} <b>${l.friendEmail||l.friendName}</b>
                <span class="muted">${l.orderNumber?`#${l.orderNumber}`:""}</span>
                <${Ee} value=${l.orderTotal} />
                <${W} value=${l.createdAt} />
              </header>
              <p class="flag-reason">${l.statusReason}</p>
              <${ke} referral=${l} />
              <${Ie}
                referral=${l}
                onDone=${(m,p)=>{n(a(p==="APPROVE"?"review.approved":"review.rejected",{who:l.friendEmail||l.friendName})),d()}}
              />
            </li>`)}
        </ul>`:i`<${T} text=${a("review.empty")} />`)}
    <${He} pager=${t} connection=${u} />`}var mo=["PENDING","QUALIFIED","APPROVED","REWARDED","FLAGGED","REJECTED","REVERSED"],fo=`query Referrals($channel: String!, $filter: ReferralFilterInput, $after: String, $language: String) {
  referrals(channel: $channel, filter: $filter, first: 25, after: $after) {
    ${Be}
    edges { node { ${De} } }
  }
  referralTiers(channel: $channel) { id name(languageCode: $language) }
}`,$o=`mutation Attribute($channel: String!, $advocateEmail: String!, $orderId: ID!, $source: ReferralManualSourceEnum) {
  referralCreate(channel: $channel, advocateEmail: $advocateEmail, orderId: $orderId, source: $source) {
    referral { id status } ${P}
  }
}`;function zn(e){let t={};return e.status&&(t.status=[e.status]),e.advocateEmail.trim()&&(t.advocateEmail=e.advocateEmail.trim()),e.friendEmail.trim()&&(t.friendEmail=e.friendEmail.trim()),e.createdFrom&&(t.createdFrom=Q(e.createdFrom)),e.createdTo&&(t.createdTo=Q(e.createdTo)),e.tier&&(t.tier=e.tier),t}function ho({onDone:e}){let t=A(),r=K({advocateEmail:"",orderId:"",source:"MANUAL"}),n=O($o,"referralCreate");async function s(o){o.preventDefault(),await n.run({channel:t.channel,...r.values})&&(r.setValues({advocateEmail:"",orderId:"",source:"MANUAL"}),e())}return i`<form class="inline-form" onSubmit=${s} name="attribute">
    <${g} label=${a("referrals.advocateEmail")} name="advocateEmail" errors=${n.errors}>
      <${w} name="advocateEmail" type="email" value=${r.values.advocateEmail} set=${r.set} required />
    <//>
    <${g} label=${a("referrals.orderId")} name="orderId" errors=${n.errors}>
      <${w} name="orderId" value=${r.values.orderId} set=${r.set} required />
    <//>
    <${g} label=${a("referrals.source")} name="source" errors=${n.errors}>
      <${X} name="source" value=${r.values.source} set=${r.set}
        options=${["MANUAL","SURVEY"].map(o=>[o,x("source",o)])} />
    <//>
    <${H} errors=${n.errors} fields=${["advocateEmail","orderId","source"]} />
    <button type="submit" disabled=${n.busy}>${a("referrals.attribute")}</button>
  </form>`}function Jn({query:e}){let t=A(),r=Me(),n={status:e.get("status")||"",advocateEmail:e.get("advocate")||"",friendEmail:"",createdFrom:"",createdTo:"",tier:""},s=K(n),[o,c]=_(()=>zn(n)),[d,u]=_(null),{data:l,error:m,loading:p,reload:f}=L(fo,{channel:t.channel,filter:o,after:r.after,language:se()},[JSON.stringify(o),r.after]),$=l&&l.referrals;return i`<h1>${a("nav.referrals")}</h1>
    <form
      class="filters"
      name="filters"
      onSubmit=${v=>{v.preventDefault(),r.reset(),c(zn(s.values))}}
    >
      <${g} label=${a("col.status")} name="status">
        <${X} name="status" value=${s.values.status} set=${s.set}
          options=${[["",a("all")],...mo.map(v=>[v,x("status",v)])]} />
      <//>
      <${g} label=${a("col.advocate")} name="advocateEmail">
        <${w} name="advocateEmail" type="search" value=${s.values.advocateEmail} set=${s.set} />
      <//>
      <${g} label=${a("col.friend")} name="friendEmail">
        <${w} name="friendEmail" type="search" value=${s.values.friendEmail} set=${s.set} />
      <//>
      <${g} label=${a("filter.from")} name="createdFrom">
        <${w} name="createdFrom" type="datetime-local" value=${s.values.createdFrom} set=${s.set} />
      <//>
      <${g} label=${a("filter.to")} name="createdTo">
        <${w} name="createdTo" type="datetime-local" value=${s.values.createdTo} set=${s.set} />
      <//>
      ${l&&l.referralTiers.length>0&&i`<${g} label=${a("col.tier")} name="tier">
        <${X} name="tier" value=${s.values.tier} set=${s.set}
          options=${[["",a("all")],...l.referralTiers.map(v=>[v.id,v.name])]} />
      <//>`}
      <button type="submit">${a("filter.apply")}</button>
    </form>
    ${p&&!l&&i`<${U} />`}
    <${N} error=${m} />
    ${$&&($.edges.length?i`<table class="table referrals-table">
          <${Ct} />
          <tbody>
            ${$.edges.map(({node:v})=>i`<${At}
                referral=${v}
                open=${d===v.id}
                onToggle=${()=>u(d===v.id?null:v.id)}
              >
                <${ke} referral=${v} />
                ${["FLAGGED","PENDING","QUALIFIED"].includes(v.status)&&i`<${Ie} referral=${v} onDone=${f} />`}
              <//>`)}
          </tbody>
        </table>`:i`<${T} />`)}
    <${He} pager=${r} connection=${$} />
    <${D} title=${a("referrals.attributeTitle")} id="attribute">
      <p class="muted">${a("referrals.attributeIntro")}</p>
      <${ho} onDone=${f} />
    <//>`}var vo=["HELD","ISSUED","CANCELLED","REVOKED","FAILED"],go=["VOUCHER","STORE_CREDIT","DONATION","PERK"],St=`id side kind status amount { amount currency } releaseAt issuedAt voucherCode
  revokedAmount { amount currency } shortfallAmount { amount currency } statusReason recipientEmail createdAt`,_o=`query Rewards($channel: String!, $filter: ReferralRewardFilterInput, $after: String) {
  referralRewards(channel: $channel, filter: $filter, first: 25, after: $after) {
    ${Be}
    edges { node { ${St} } }
  }
}`,yo=`mutation Revoke($id: ID!, $reason: String!) {
  referralRewardRevoke(id: $id, reason: $reason) { reward { ${St} } ${P} }
}`;function wo({reward:e,onDone:t}){let[r,n]=_(""),s=O(yo,"referralRewardRevoke");async function o(c){c.preventDefault();let d=await s.run({id:e.id,reason:r});d&&t(d.reward)}return i`<form class="inline-form revoke-form" onSubmit=${o} data-reward=${e.id}>
    <${g} label=${a("rewards.reason")} name="reason" errors=${s.errors}>
      <textarea name="reason" rows="2" value=${r} onInput=${c=>n(c.target.value)}></textarea>
    <//>
    <${H} errors=${s.errors} fields=${["reason"]} />
    <button type="submit" class="danger" name="revoke" disabled=${s.busy}>${a("rewards.revoke")}</button>
  </form>`}function hr({connection:e,onChanged:t}){let[r,n]=_(null);return e.edges.length?i`<table class="table rewards-table">
    <thead><tr>
      <th>${a("col.created")}</th><th>${a("col.status")}</th><th>${a("col.recipient")}</th><th>${a("col.kind")}</th>
      <th>${a("col.amount")}</th><th>${a("col.release")}</th><th>${a("col.taken")}</th><th>${a("col.reason")}</th><th></th>
    </tr></thead>
    <tbody>
      ${e.edges.map(({node:s})=>i`<tr data-id=${s.id}>
            <td><${W} value=${s.createdAt} /></td>
            <td><${re} value=${s.status} /></td>
            <td>${s.recipientEmail||"—"}<br /><small class="muted">${x("side",s.side)}</small></td>
            <td>${x("kind",s.kind)}${s.voucherCode?i`<br /><code>${s.voucherCode}</code>`:""}</td>
            <td><${Ee} value=${s.amount} /></td>
            <td><${W} value=${s.releaseAt} time=${!1} /></td>
            <td>${s.revokedAmount.amount||s.shortfallAmount.amount?i`<${Ee} value=${s.revokedAmount} /><br /><small class="muted">${a("rewards.shortfall")} <${Ee} value=${s.shortfallAmount} /></small>`:i`<span class="muted">—</span>`}</td>
            <td class="muted">${s.statusReason||""}</td>
            <td>${["HELD","ISSUED"].includes(s.status)&&i`<button type="button" class="secondary" name="open-revoke" onClick=${()=>n(r===s.id?null:s.id)}>${a("rewards.revoke")}…</button>`}</td>
          </tr>
          ${r===s.id&&i`<tr class="expanded"><td colspan="9"><${wo} reward=${s} onDone=${()=>{n(null),t()}} /></td></tr>`}`)}
    </tbody>
  </table>`:i`<${T} />`}function bo(e){let t={};return e.status&&(t.status=[e.status]),e.kind&&(t.kind=[e.kind]),e.recipientEmail.trim()&&(t.recipientEmail=e.recipientEmail.trim()),e.createdFrom&&(t.createdFrom=Q(e.createdFrom)),e.createdTo&&(t.createdTo=Q(e.createdTo)),t}function Qn(){let e=A(),t=Me(),r=K({status:"",kind:"",recipientEmail:"",createdFrom:"",createdTo:""}),[n,s]=_({}),{data:o,error:c,loading:d,reload:u}=L(_o,{channel:e.channel,filter:n,after:t.after},[JSON.stringify(n),t.after]),l=o&&o.referralRewards;return i`<h1>${a("nav.rewards")}</h1>
    <form class="filters" name="filters" onSubmit=${m=>{m.preventDefault(),t.reset(),s(bo(r.values))}}>
      <${g} label=${a("col.status")} name="status">
        <${X} name="status" value=${r.values.status} set=${r.set}
          options=${[["",a("all")],...vo.map(m=>[m,x("status",m)])]} />
      <//>
      <${g} label=${a("col.kind")} name="kind">
        <${X} name="kind" value=${r.values.kind} set=${r.set}
          options=${[["",a("all")],...go.map(m=>[m,x("kind",m)])]} />
      <//>
      <${g} label=${a("col.recipient")} name="recipientEmail">
        <${w} name="recipientEmail" type="search" value=${r.values.recipientEmail} set=${r.set} />
      <//>
      <${g} label=${a("filter.from")} name="createdFrom">
        <${w} name="createdFrom" type="datetime-local" value=${r.values.createdFrom} set=${r.set} />
      <//>
      <${g} label=${a("filter.to")} name="createdTo">
        <${w} name="createdTo" type="datetime-local" value=${r.values.createdTo} set=${r.set} />
      <//>
      <button type="submit">${a("filter.apply")}</button>
    </form>
    ${d&&!o&&i`<${U} />`}
    <${N} error=${c} />
    ${l&&i`<${hr} connection=${l} onChanged=${u} />`}
    <${He} pager=${t} connection=${l} />`}var Eo=`id name translations { language name } rank minReferrals minRevenue { amount currency }
  window windowDays rewardMultiplier rewardFixed { amount currency } entryReward { type amount { amount currency } }
  memberDiscountPercent earlyAccessCollections earlyAccessUntil`,Ro="id slug name translations { language name } referrals bonus { type amount { amount currency } }",st="id status reason total done createdAt finishedAt",Ao=`query Ladder($channel: String!) {
  referralTiers(channel: $channel) { ${Eo} }
  referralMilestones(channel: $channel) { ${Ro} }
}`,Co=`mutation TierCreate($channel: String!, $input: ReferralTierInput!, $pay: Boolean) {
  referralTierCreate(channel: $channel, input: $input, payEntryRewards: $pay) { tier { id } placement { ${st} } ${P} }
}`,So=`mutation TierUpdate($id: ID!, $input: ReferralTierInput!, $pay: Boolean, $reason: String) {
  referralTierUpdate(id: $id, input: $input, payEntryRewards: $pay, reason: $reason) { tier { id } placement { ${st} } ${P} }
}`,xo=`mutation TierDelete($id: ID!, $reason: String!) {
  referralTierDelete(id: $id, reason: $reason) { membersMoved ${P} }
}`,Do=`mutation MilestoneCreate($channel: String!, $input: ReferralMilestoneInput!, $pay: Boolean) {
  referralMilestoneCreate(channel: $channel, input: $input, payBonuses: $pay) { milestone { id } placement { ${st} } ${P} }
}`,ko=`mutation MilestoneUpdate($id: ID!, $input: ReferralMilestoneInput!, $pay: Boolean) {
  referralMilestoneUpdate(id: $id, input: $input, payBonuses: $pay) { milestone { id } placement { ${st} } ${P} }
}`,Io=`mutation MilestoneDelete($id: ID!) { referralMilestoneDelete(id: $id) { deleted ${P} } }`,To=`query Placement($id: ID!) { referralTierPlacement(id: $id) { ${st} } }`,Po=`query TierHistory($channel: String!, $email: String!, $language: String) {
  referralTierHistory(channel: $channel, advocateEmail: $email) {
    advocateEmail demoteAfter tier { name(languageCode: $language) }
    changes { kind fromTier toTier convertedReferrals reason createdAt }
  }
}`,at=(e,t)=>(e&&e.translations||[]).find(r=>r.language===t)?.name||"",Yn=e=>at(e,se())||e.name,Oo=[["","—"],["VOUCHER",null],["STORE_CREDIT",null]],ea=()=>Oo.map(([e,t])=>[e,t||x("kind",e)]);function No(e){return{name:e?.name||"",name_fa:at(e,"fa"),name_ar:at(e,"ar"),rank:e?.rank??"",minReferrals:e?.minReferrals??"",minRevenue:e?.minRevenue?.amount??"",window:e?.window||"LIFETIME",windowDays:e?.windowDays??"",rewardMultiplier:e?.rewardMultiplier??"",rewardFixed:e?.rewardFixed?.amount??"",entryKind:e?.entryReward?.type||"",entryAmount:e?.entryReward?.amount?.amount??"",memberDiscountPercent:e?.memberDiscountPercent??"",earlyAccessCollections:(e?.earlyAccessCollections||[]).join(", "),earlyAccessUntil:$e(e?.earlyAccessUntil),reason:"",pay:!1}}function Fo(e){return{name:e.name,translations:rt(e,"name"),rank:fe(e.rank),minReferrals:fe(e.minReferrals),minRevenue:J(e.minRevenue),window:e.window,windowDays:fe(e.windowDays),rewardMultiplier:J(e.rewardMultiplier),rewardFixed:J(e.rewardFixed),entryReward:e.entryKind?{type:e.entryKind,amount:J(e.entryAmount)??0}:null,memberDiscountPercent:J(e.memberDiscountPercent),earlyAccessCollections:e.earlyAccessCollections.split(",").map(t=>t.trim()).filter(Boolean),earlyAccessUntil:Q(e.earlyAccessUntil)}}var Lo=["name","translations","rank","minReferrals","minRevenue","window","windowDays","rewardMultiplier","rewardFixed","entryReward","memberDiscountPercent","earlyAccessCollections","earlyAccessUntil","reason"];function Uo({placement:e}){let t=A(),[r,n]=_(e);return q(()=>{if(n(e),!e)return;let s,o=async()=>{try{let c=await t.gql(To,{id:e.id});n(c.referralTierPlacement),c.referralTierPlacement&&!c.referralTierPlacement.finishedAt&&(s=setTimeout(o,1500))}catch{}};return e.finishedAt||(s=setTimeout(o,1500)),()=>clearTimeout(s)},[e&&e.id]),r?i`<p class="notice placement" role="status">
    ${a("tiers.placement",{done:r.done,total:r.total})}
    <progress max=${r.total||1} value=${r.done}></progress>
    ${r.finishedAt?a("tiers.placementDone"):""}
  </p>`:null}function Xn({tier:e,onDone:t,onCancel:r}){let n=A(),s=K(No(e)),o=O(Co,"referralTierCreate"),c=O(So,"referralTierUpdate"),d=e?c:o,{values:u,set:l}=s;async function m(f){f.preventDefault();let $={input:Fo(u),pay:u.pay},v=e?await c.run({...$,id:e.id,reason:u.reason||null}):await o.run({...$,channel:n.channel});v&&t(v.placement)}let p=d.errors;return i`<form class="entity-form" name="tier" onSubmit=${m} noValidate>
    <div class="form-grid">
      <${g} label=${a("tiers.name")} name="name" errors=${p}><${w} name="name" value=${u.name} set=${l} /><//>
      <${g} label=${a("tiers.nameFa")} name="translations" errors=${p}><${w} name="name_fa" value=${u.name_fa} set=${l} dir="rtl" /><//>
      <${g} label=${a("tiers.nameAr")} name="name_ar"><${w} name="name_ar" value=${u.name_ar} set=${l} dir="rtl" /><//>
      <${g} label=${a("tiers.rank")} name="rank" errors=${p}><${w} name="rank" type="number" value=${u.rank} set=${l} /><//>
      <${g} label=${a("tiers.minReferrals")} name="minReferrals" errors=${p}><${w} name="minReferrals" type="number" value=${u.minReferrals} set=${l} /><//>
      <${g} label=${a("tiers.minRevenue")} name="minRevenue" errors=${p}><${w} name="minRevenue" type="number" step="any" value=${u.minRevenue} set=${l} /><//>
      <${g} label=${a("tiers.window")} name="window" errors=${p}>
        <${X} name="window" value=${u.window} set=${l} options=${["LIFETIME","ROLLING","CALENDAR_YEAR"].map(f=>[f,x("window",f)])} />
      <//>
      <${g} label=${a("tiers.windowDays")} name="windowDays" errors=${p}><${w} name="windowDays" type="number" value=${u.windowDays} set=${l} /><//>
      <${g} label=${a("tiers.rewardMultiplier")} name="rewardMultiplier" errors=${p}><${w} name="rewardMultiplier" type="number" step="any" value=${u.rewardMultiplier} set=${l} /><//>
      <${g} label=${a("tiers.rewardFixed")} name="rewardFixed" errors=${p}><${w} name="rewardFixed" type="number" step="any" value=${u.rewardFixed} set=${l} /><//>
      <${g} label=${a("tiers.entryReward")} name="entryReward" errors=${p}>
        <span class="pair">
          <${X} name="entryKind" value=${u.entryKind} set=${l} options=${ea()} />
          <${w} name="entryAmount" type="number" step="any" value=${u.entryAmount} set=${l} />
        </span>
      <//>
      <${g} label=${a("tiers.memberDiscount")} name="memberDiscountPercent" errors=${p}><${w} name="memberDiscountPercent" type="number" step="any" value=${u.memberDiscountPercent} set=${l} /><//>
      <${g} label=${a("tiers.earlyAccess")} name="earlyAccessCollections" errors=${p} hint=${a("tiers.earlyAccessHint")}><${w} name="earlyAccessCollections" value=${u.earlyAccessCollections} set=${l} /><//>
      <${g} label=${a("tiers.earlyAccessUntil")} name="earlyAccessUntil" errors=${p}><${w} name="earlyAccessUntil" type="datetime-local" value=${u.earlyAccessUntil} set=${l} /><//>
      ${e&&i`<${g} label=${a("tiers.reason")} name="reason" errors=${p} hint=${a("tiers.reasonHint")}><${w} name="reason" value=${u.reason} set=${l} /><//>`}
    </div>
    <${pe} name="pay" value=${u.pay} set=${l} text=${a("tiers.payEntryRewards")} />
    <${H} errors=${p} fields=${Lo} />
    <div class="actions">
      <button type="submit" disabled=${d.busy}>${e?a("save"):a("tiers.create")}</button>
      ${r&&i`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function Mo({tier:e,onDone:t}){let[r,n]=_(""),s=O(xo,"referralTierDelete");return i`<form class="inline-form" onSubmit=${async o=>{o.preventDefault();let c=await s.run({id:e.id,reason:r});c&&t(c.membersMoved)}}>
    <${g} label=${a("tiers.deleteReason")} name="reason" errors=${s.errors}>
      <input name="reason" value=${r} onInput=${o=>n(o.target.value)} />
    <//>
    <${H} errors=${s.errors} fields=${["reason"]} />
    <button type="submit" class="danger">${a("delete")}</button>
  </form>`}function Ho(e){return{slug:e?.slug||"",name:e?.name||"",name_fa:at(e,"fa"),name_ar:at(e,"ar"),referrals:e?.referrals??"",bonusKind:e?.bonus?.type||"",bonusAmount:e?.bonus?.amount?.amount??"",pay:!1}}function Zn({milestone:e,onDone:t,onCancel:r}){let n=A(),s=K(Ho(e)),o=O(Do,"referralMilestoneCreate"),c=O(ko,"referralMilestoneUpdate"),d=e?c:o,{values:u,set:l}=s;async function m(f){f.preventDefault();let $={slug:u.slug,name:u.name,translations:rt(u,"name"),referrals:fe(u.referrals),bonus:u.bonusKind?{type:u.bonusKind,amount:J(u.bonusAmount)??0}:null},v=e?await c.run({id:e.id,input:$,pay:u.pay}):await o.run({channel:n.channel,input:$,pay:u.pay});v&&t(v.placement)}let p=d.errors;return i`<form class="entity-form" name="milestone" onSubmit=${m} noValidate>
    <div class="form-grid">
      <${g} label=${a("milestones.slug")} name="slug" errors=${p}><${w} name="slug" value=${u.slug} set=${l} /><//>
      <${g} label=${a("tiers.name")} name="name" errors=${p}><${w} name="name" value=${u.name} set=${l} /><//>
      <${g} label=${a("tiers.nameFa")} name="translations" errors=${p}><${w} name="name_fa" value=${u.name_fa} set=${l} dir="rtl" /><//>
      <${g} label=${a("tiers.nameAr")} name="name_ar"><${w} name="name_ar" value=${u.name_ar} set=${l} dir="rtl" /><//>
      <${g} label=${a("milestones.referrals")} name="referrals" errors=${p}><${w} name="referrals" type="number" value=${u.referrals} set=${l} /><//>
      <${g} label=${a("milestones.bonus")} name="bonus" errors=${p}>
        <span class="pair">
          <${X} name="bonusKind" value=${u.bonusKind} set=${l} options=${ea()} />
          <${w} name="bonusAmount" type="number" step="any" value=${u.bonusAmount} set=${l} />
        </span>
      <//>
    </div>
    <${pe} name="pay" value=${u.pay} set=${l} text=${a("milestones.payBonuses")} />
    <${H} errors=${p} fields=${["slug","name","translations","referrals","bonus"]} />
    <div class="actions">
      <button type="submit" disabled=${d.busy}>${e?a("save"):a("milestones.create")}</button>
      ${r&&i`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function Wo(){let e=A(),[t,r]=_(""),[n,s]=_(null),[o,c]=_(null);async function d(u){u.preventDefault();try{let l=await e.gql(Po,{channel:e.channel,email:t,language:se()});s(l.referralTierHistory||{changes:[],none:!0}),c(null)}catch(l){c(l)}}return i`<form class="inline-form" name="tier-history" onSubmit=${d}>
      <${g} label=${a("col.advocate")} name="advocateEmail">
        <input name="advocateEmail" type="email" value=${t} onInput=${u=>r(u.target.value)} />
      <//>
      <button type="submit">${a("tiers.historyShow")}</button>
    </form>
    <${N} error=${o} />
    ${n&&(n.none?i`<${T} />`:i`<p>${a("tiers.now")}: <b>${n.tier?n.tier.name:"—"}</b>
          ${n.demoteAfter&&i`${a("list.sep")}${a("tiers.demoteAfter")} <${W} value=${n.demoteAfter} />`}</p>
        <table class="table"><thead><tr><th>${a("col.created")}</th><th>${a("col.kind")}</th><th>${a("tiers.fromTo")}</th><th>${a("tiers.converted")}</th><th>${a("col.reason")}</th></tr></thead>
        <tbody>${n.changes.map(u=>i`<tr>
          <td><${W} value=${u.createdAt} /></td><td>${x("tierChange",u.kind)}</td>
          <td>${u.fromTier||"—"} ${Ue()} ${u.toTier||"—"}</td><td class="num">${I(u.convertedReferrals)}</td>
          <td class="muted">${u.reason}</td></tr>`)}</tbody></table>`)}`}function ta(){let e=A(),{data:t,error:r,loading:n,reload:s}=L(Ao,{channel:e.channel}),[o,c]=_(null),[d,u]=_(null),[l,m]=_(null),[p,f]=_(null),$=h=>y=>{c(null),u(null),m(y||null),f(h),s()};if(n&&!t)return i`<h1>${a("nav.tiers")}</h1><${U} />`;if(r)return i`<h1>${a("nav.tiers")}</h1><${N} error=${r} />`;let v=h=>[h.rewardMultiplier&&a("perk.multiplier",{value:I(h.rewardMultiplier)}),h.rewardFixed&&a("perk.fixed",{amount:k(h.rewardFixed)}),h.entryReward&&a("perk.entry",{amount:k(h.entryReward.amount)}),h.memberDiscountPercent&&a("perk.discount",{percent:de(Number(h.memberDiscountPercent)/100)}),h.earlyAccessCollections.length&&a("perk.earlyAccess",{count:h.earlyAccessCollections.length})].filter(Boolean).join(a("list.sep"));return i`<h1>${a("nav.tiers")}</h1>
    ${p&&i`<p class="notice" role="status">${p}</p>`}
    <${Uo} placement=${l} />
    <${D} title=${a("tiers.ladder")} id="tiers">
      ${t.referralTiers.length?i`<table class="table tiers-table"><thead><tr>
            <th>${a("tiers.rank")}</th><th>${a("tiers.name")}</th><th>${a("tiers.rule")}</th><th>${a("tiers.perks")}</th><th></th>
          </tr></thead><tbody>
          ${t.referralTiers.map(h=>i`<tr data-id=${h.id}>
              <td class="num">${I(h.rank)}</td><td class="tier-name">${Yn(h)}</td>
              <td>${a("tiers.ruleText",{count:h.minReferrals,window:x("window",h.window)})}
                ${h.minRevenue?i`${a("list.sep")}${k(h.minRevenue)}`:""}</td>
              <td class="perks">${v(h)}</td>
              <td class="row-actions">
                <button type="button" class="secondary" name="edit" onClick=${()=>c(o===h.id?null:h.id)}>${a("edit")}</button>
                <button type="button" class="secondary" name="delete" onClick=${()=>u(d===h.id?null:h.id)}>${a("delete")}</button>
              </td>
            </tr>
            ${o===h.id&&i`<tr class="expanded"><td colspan="5"><${Xn} tier=${h} onDone=${$(a("saved"))} onCancel=${()=>c(null)} /></td></tr>`}
            ${d===h.id&&i`<tr class="expanded"><td colspan="5"><${Mo} tier=${h} onDone=${y=>$(a("tiers.deleted",{count:y||0}))()} /></td></tr>`}`)}
          </tbody></table>`:i`<${T} text=${a("tiers.none")} />`}
    <//>
    <${D} title=${a("tiers.new")} id="new-tier">
      <${Xn} key=${`new-${t.referralTiers.length}`} onDone=${$(a("tiers.created"))} />
    <//>
    <${D} title=${a("milestones.title")} id="milestones">
      ${t.referralMilestones.length?i`<table class="table milestones-table"><thead><tr>
            <th>${a("milestones.referrals")}</th><th>${a("tiers.name")}</th><th>${a("milestones.bonus")}</th><th></th></tr></thead><tbody>
            ${t.referralMilestones.map(h=>i`<tr data-id=${h.id}>
                <td class="num">${I(h.referrals)}</td><td>${Yn(h)} <small class="muted">${h.slug}</small></td>
                <td>${h.bonus?`${x("kind",h.bonus.type)} ${k(h.bonus.amount)}`:"—"}</td>
                <td class="row-actions">
                  <button type="button" class="secondary" name="edit" onClick=${()=>c(o===h.id?null:h.id)}>${a("edit")}</button>
                  <${Vo} milestone=${h} onDone=${$(a("deleted"))} />
                </td>
              </tr>
              ${o===h.id&&i`<tr class="expanded"><td colspan="4"><${Zn} milestone=${h} onDone=${$(a("saved"))} onCancel=${()=>c(null)} /></td></tr>`}`)}
          </tbody></table>`:i`<${T} />`}
      <h3>${a("milestones.new")}</h3>
      <${Zn} key=${`new-m-${t.referralMilestones.length}`} onDone=${$(a("milestones.created"))} />
    <//>
    <${D} title=${a("tiers.history")} id="tier-history"><${Wo} /><//>`}function Vo({milestone:e,onDone:t}){let r=O(Io,"referralMilestoneDelete");return i`<button type="button" class="secondary" name="delete" disabled=${r.busy}
    onClick=${async()=>{if(!confirm(a("confirmDelete")))return;await r.run({id:e.id})&&t()}}>${a("delete")}</button>`}var Bo=`id name state startsAt endsAt imageUrl copy { language title description }
  friendOffer { type value currency minSpent { amount currency } }
  advocateReward { amount { amount currency } multiplier }
  switches { kind reason createdAt }
  results { referrals converted referredRevenue { amount currency } rewardCost { amount currency } }`,Go=`query Campaigns($channel: String!) { referralCampaigns(channel: $channel) { ${Bo} } }`,qo=`mutation CampaignCreate($channel: String!, $input: ReferralCampaignInput!) {
  referralCampaignCreate(channel: $channel, input: $input) { campaign { id } ${P} }
}`,Ko=`mutation CampaignUpdate($channel: String, $id: ID!, $input: ReferralCampaignInput!) {
  referralCampaignUpdate(channel: $channel, id: $id, input: $input) { campaign { id } ${P} }
}`,gr=["en","fa","ar"],vr=Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC";function ra(e){let t=e?new Date(e):null;return!t||Number.isNaN(t.getTime())?"":a("time.utc",{time:t.toISOString().slice(0,16).replace("T"," ")})}var jo=["name","copy","imageUrl","startsAt","endsAt","friendOffer","advocateReward"];function zo(e){let t=Object.fromEntries((e?.copy||[]).map(n=>[n.language,n])),r={name:e?.name||"",imageUrl:e?.imageUrl||"",startsAt:$e(e?.startsAt),endsAt:$e(e?.endsAt),offerType:e?.friendOffer?.type||"",offerValue:e?.friendOffer?.value??"",offerMinSpent:e?.friendOffer?.minSpent?.amount??"",rewardAmount:e?.advocateReward?.amount?.amount??"",rewardMultiplier:e?.advocateReward?.multiplier??""};for(let n of gr)r[`title_${n}`]=t[n]?.title||"",r[`description_${n}`]=t[n]?.description||"";return r}function na(e){return{name:e.name,copy:gr.filter(t=>e[`title_${t}`].trim()).map(t=>({language:t,title:e[`title_${t}`].trim(),description:e[`description_${t}`]})),imageUrl:e.imageUrl||null,startsAt:Q(e.startsAt),endsAt:Q(e.endsAt),friendOffer:e.offerType?{type:e.offerType,value:J(e.offerValue),minSpent:J(e.offerMinSpent)}:null,advocateReward:e.rewardAmount!==""||e.rewardMultiplier!==""?{amount:J(e.rewardAmount),multiplier:J(e.rewardMultiplier)}:null}}function aa({campaign:e,onDone:t,onCancel:r}){let n=A(),s=K(zo(e)),o=O(qo,"referralCampaignCreate"),c=O(Ko,"referralCampaignUpdate"),d=e?c:o,{values:u,set:l}=s,m=d.errors;async function p(f){f.preventDefault(),(e?await c.run({channel:n.channel,id:e.id,input:na(u)}):await o.run({channel:n.channel,input:na(u)}))&&t()}return i`<form class="entity-form" name="campaign" onSubmit=${p} noValidate>
    <div class="form-grid">
      <${g} label=${a("campaigns.name")} name="name" errors=${m}><${w} name="name" value=${u.name} set=${l} /><//>
      <${g} label=${`${a("campaigns.startsAt")} (${a("time.zone",{zone:vr})})`} name="startsAt" errors=${m} hint=${ra(u.startsAt)}><${w} name="startsAt" type="datetime-local" value=${u.startsAt} set=${l} /><//>
      <${g} label=${`${a("campaigns.endsAt")} (${a("time.zone",{zone:vr})})`} name="endsAt" errors=${m} hint=${ra(u.endsAt)}><${w} name="endsAt" type="datetime-local" value=${u.endsAt} set=${l} /><//>
      <${g} label=${a("campaigns.imageUrl")} name="imageUrl" errors=${m}><${w} name="imageUrl" type="url" value=${u.imageUrl} set=${l} /><//>
    </div>
    <fieldset class="form-grid" data-field="copy">
      <legend>${a("campaigns.copy")}</legend>
      ${gr.map(f=>i`
        <${g} label=${`${a("campaigns.title")} (${a(`language.${f}`)})`} name=${f==="en"?"copy":`title_${f}`} errors=${f==="en"?m:[]}>
          <${w} name=${`title_${f}`} value=${u[`title_${f}`]} set=${l} dir=${f==="en"?"ltr":"rtl"} />
        <//>
        <${g} label=${`${a("campaigns.description")} (${a(`language.${f}`)})`} name=${`description_${f}`}>
          <${w} name=${`description_${f}`} value=${u[`description_${f}`]} set=${l} dir=${f==="en"?"ltr":"rtl"} />
        <//>`)}
    </fieldset>
    <div class="form-grid">
      <${g} label=${a("campaigns.friendOffer")} name="friendOffer" errors=${m}>
        <span class="pair">
          <${X} name="offerType" value=${u.offerType} set=${l}
            options=${[["",a("campaigns.programOffer")],...["PERCENTAGE","FIXED","FREE_SHIPPING"].map(f=>[f,x("discount",f)])]} />
          <${w} name="offerValue" type="number" step="any" value=${u.offerValue} set=${l} placeholder=${a("campaigns.value")} />
          <${w} name="offerMinSpent" type="number" step="any" value=${u.offerMinSpent} set=${l} placeholder=${a("campaigns.minSpent")} />
        </span>
      <//>
      <${g} label=${a("campaigns.advocateReward")} name="advocateReward" errors=${m}>
        <span class="pair">
          <${w} name="rewardAmount" type="number" step="any" value=${u.rewardAmount} set=${l} placeholder=${a("campaigns.amount")} />
          <${w} name="rewardMultiplier" type="number" step="any" value=${u.rewardMultiplier} set=${l} placeholder=${a("campaigns.multiplier")} />
        </span>
      <//>
    </div>
    <${H} errors=${m} fields=${jo} />
    <div class="actions">
      <button type="submit" disabled=${d.busy}>${e?a("save"):a("campaigns.create")}</button>
      ${r&&i`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function sa(){let e=A(),{data:t,error:r,loading:n,reload:s}=L(Go,{channel:e.channel}),[o,c]=_(null),[d,u]=_(null),l=m=>()=>{c(null),u(m),s()};return n&&!t?i`<h1>${a("nav.campaigns")}</h1><${U} />`:r?i`<h1>${a("nav.campaigns")}</h1><${N} error=${r} />`:i`<h1>${a("nav.campaigns")}</h1>
    ${d&&i`<p class="notice" role="status">${d}</p>`}
    <${D} title=${a("nav.campaigns")} id="campaigns">
      ${t.referralCampaigns.length?i`<table class="table campaigns-table"><thead><tr>
            <th>${a("campaigns.name")}</th><th>${a("col.status")}</th><th>${a("campaigns.window")} <small class="muted">(${vr})</small></th>
            <th>${a("campaigns.results")}</th><th></th></tr></thead><tbody>
          ${t.referralCampaigns.map(m=>i`<tr data-id=${m.id}>
              <td>${m.name}</td>
              <td><${re} value=${m.state} /></td>
              <td><${W} value=${m.startsAt} /> – <${W} value=${m.endsAt} /></td>
              <td>${m.results?i`${a("campaigns.resultsText",{referrals:m.results.referrals,converted:m.results.converted})}<br />
                  <small>${k(m.results.referredRevenue)} / ${k(m.results.rewardCost)}</small>`:"—"}</td>
              <td class="row-actions">${m.state!=="ENDED"&&i`<button type="button" class="secondary" name="edit" onClick=${()=>c(o===m.id?null:m.id)}>${a("edit")}</button>`}</td>
            </tr>
            ${o===m.id&&i`<tr class="expanded"><td colspan="5">
              <${aa} campaign=${m} onDone=${l(a("saved"))} onCancel=${()=>c(null)} />
              ${m.switches&&m.switches.length>0&&i`<h3>${a("campaigns.switches")}</h3>
                <ul class="plain">${m.switches.map(p=>i`<li><${W} value=${p.createdAt} /> ${x("switch",p.kind)} <span class="muted">${p.reason}</span></li>`)}</ul>`}
            </td></tr>`}`)}
          </tbody></table>`:i`<${T} text=${a("campaigns.none")} />`}
    <//>
    <${D} title=${a("campaigns.new")} id="new-campaign">
      <${aa} key=${`new-${t.referralCampaigns.length}`} onDone=${l(a("campaigns.created"))} />
    <//>`}var Jo=`id method position kind amount { amount currency } description winnerName winnerEmail
  winnerReferrals rewardStatus fulfilledAt fulfilledBy`,Qo=`id name translations { language name } startsAt endsAt decideAfter minReferrals state seed decidedAt decidedBy
  entrants prizeCost { amount currency } referredRevenue { amount currency } prizes { ${Jo} }`,Yo=`query Contests($channel: String!) { referralContests(channel: $channel) { ${Qo} } }`,Xo=`query Standings($channel: String!, $contest: ID!) {
  referralLeaderboard(channel: $channel, contest: $contest, first: 20) { rank name convertedReferrals }
}`,Zo=`mutation ContestCreate($channel: String!, $input: ReferralContestInput!) {
  referralContestCreate(channel: $channel, input: $input) { contest { id } ${P} }
}`,ei=`mutation ContestUpdate($channel: String, $id: ID!, $input: ReferralContestInput!) {
  referralContestUpdate(channel: $channel, id: $id, input: $input) { contest { id } ${P} }
}`,ti=`mutation ContestDecide($channel: String, $id: ID!, $seed: String) {
  referralContestDecide(channel: $channel, id: $id, seed: $seed) { contest { id state } ${P} }
}`,ri=`mutation PrizeFulfil($channel: String, $id: ID!, $note: String) {
  referralContestPrizeFulfil(channel: $channel, id: $id, note: $note) { prize { id fulfilledAt } ${P} }
}`,ni=["name","translations","startsAt","endsAt","minReferrals","prizes"],oa=()=>({method:"RANK",kind:"VOUCHER",amount:"",description:""}),ia=(e,t)=>(e?.translations||[]).find(r=>r.language===t)?.name||"";function la({contest:e,onDone:t,onCancel:r}){let n=A(),s=K({name:e?.name||"",name_fa:ia(e,"fa"),name_ar:ia(e,"ar"),startsAt:$e(e?.startsAt),endsAt:$e(e?.endsAt),minReferrals:e?.minReferrals??""}),[o,c]=_(e?e.prizes.map(h=>({method:h.method,kind:h.kind,amount:h.amount.amount,description:h.description})):[oa()]),d=O(Zo,"referralContestCreate"),u=O(ei,"referralContestUpdate"),l=e?u:d,{values:m,set:p}=s,f=l.errors,$=(h,y,b)=>c(o.map((R,G)=>G===h?{...R,[y]:b}:R));async function v(h){h.preventDefault();let y={name:m.name,translations:rt(m,"name"),startsAt:Q(m.startsAt),endsAt:Q(m.endsAt),minReferrals:fe(m.minReferrals),prizes:o.map(R=>({method:R.method,kind:R.kind,amount:J(R.amount),description:R.description}))};(e?await u.run({channel:n.channel,id:e.id,input:y}):await d.run({channel:n.channel,input:y}))&&t()}return i`<form class="entity-form" name="contest" onSubmit=${v} noValidate>
    <div class="form-grid">
      <${g} label=${a("contests.name")} name="name" errors=${f}><${w} name="name" value=${m.name} set=${p} /><//>
      <${g} label=${a("tiers.nameFa")} name="translations" errors=${f}><${w} name="name_fa" value=${m.name_fa} set=${p} dir="rtl" /><//>
      <${g} label=${a("tiers.nameAr")} name="name_ar"><${w} name="name_ar" value=${m.name_ar} set=${p} dir="rtl" /><//>
      <${g} label=${a("campaigns.startsAt")} name="startsAt" errors=${f}><${w} name="startsAt" type="datetime-local" value=${m.startsAt} set=${p} /><//>
      <${g} label=${a("campaigns.endsAt")} name="endsAt" errors=${f}><${w} name="endsAt" type="datetime-local" value=${m.endsAt} set=${p} /><//>
      <${g} label=${a("contests.minReferrals")} name="minReferrals" errors=${f}><${w} name="minReferrals" type="number" value=${m.minReferrals} set=${p} /><//>
    </div>
    <${g} label=${a("contests.prizes")} name="prizes" errors=${f}>
      <div class="prizes">
        ${o.map((h,y)=>i`<div class="pair prize" data-prize=${y}>
          <select name=${`prize-method-${y}`} onChange=${b=>$(y,"method",b.target.value)}>
            ${["RANK","DRAW"].map(b=>i`<option value=${b} selected=${h.method===b}>${x("method",b)}</option>`)}
          </select>
          <select name=${`prize-kind-${y}`} onChange=${b=>$(y,"kind",b.target.value)}>
            ${["VOUCHER","STORE_CREDIT","PHYSICAL"].map(b=>i`<option value=${b} selected=${h.kind===b}>${x("kind",b)}</option>`)}
          </select>
          <input name=${`prize-amount-${y}`} type="number" step="any" placeholder=${a("campaigns.amount")} value=${h.amount} onInput=${b=>$(y,"amount",b.target.value)} />
          <input name=${`prize-description-${y}`} placeholder=${a("contests.description")} value=${h.description} onInput=${b=>$(y,"description",b.target.value)} />
          <button type="button" class="secondary" onClick=${()=>c(o.filter((b,R)=>R!==y))}>×</button>
        </div>`)}
        <button type="button" class="secondary" name="add-prize" onClick=${()=>c([...o,oa()])}>${a("contests.addPrize")}</button>
      </div>
    <//>
    <${H} errors=${f} fields=${ni} />
    <div class="actions">
      <button type="submit" disabled=${l.busy}>${e?a("save"):a("contests.create")}</button>
      ${r&&i`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function ai({contest:e}){let t=A(),{data:r,error:n,loading:s}=L(Xo,{channel:t.channel,contest:e.id},[e.id]);if(s)return i`<${U} />`;if(n)return i`<${N} error=${n} />`;let o=r.referralLeaderboard||[];return o.length?i`<ol class="leaderboard standings">${o.map(c=>i`<li><span>${c.name||a("anonymous")}</span><b class="num">${I(c.convertedReferrals)}</b></li>`)}</ol>`:i`<${T} />`}function si({contest:e,onDone:t}){let r=A(),[n,s]=_(""),o=O(ti,"referralContestDecide");return i`<form class="inline-form" name="decide" onSubmit=${async c=>{c.preventDefault(),await o.run({channel:r.channel,id:e.id,seed:n||null})&&t()}}>
    <${g} label=${a("contests.seed")} name="seed" errors=${o.errors} hint=${a("contests.seedHint")}>
      <input name="seed" value=${n} onInput=${c=>s(c.target.value)} />
    <//>
    <${H} errors=${o.errors} fields=${["seed"]} />
    <button type="submit" name="decide" disabled=${o.busy}>${a("contests.decide")}</button>
  </form>`}function oi({prize:e,onDone:t}){let r=A(),[n,s]=_(""),o=O(ri,"referralContestPrizeFulfil");return i`<form class="inline-form fulfil-form" data-prize=${e.id} onSubmit=${async c=>{c.preventDefault(),await o.run({channel:r.channel,id:e.id,note:n||null})&&t()}}>
    <input name="note" placeholder=${a("contests.note")} value=${n} onInput=${c=>s(c.target.value)} />
    <button type="submit" name="fulfil" disabled=${o.busy}>${a("contests.fulfil")}</button>
    <${H} errors=${o.errors} fields=${[]} />
  </form>`}function ii({contest:e,onChanged:t}){return i`<table class="table prizes-table"><thead><tr>
    <th>#</th><th>${a("contests.method")}</th><th>${a("col.kind")}</th><th>${a("col.amount")}</th><th>${a("contests.winner")}</th><th>${a("contests.fulfilled")}</th></tr></thead>
    <tbody>${e.prizes.map(r=>i`<tr data-id=${r.id}>
      <td class="num">${I(r.position)}</td><td>${x("method",r.method)}</td>
      <td>${x("kind",r.kind)} <small class="muted">${r.description}</small></td>
      <td>${k(r.amount)}</td>
      <td>${r.winnerEmail?i`${r.winnerName||""} <small>${r.winnerEmail}</small>${a("list.sep")}${I(r.winnerReferrals)}`:"—"}</td>
      <td>${r.fulfilledAt?i`<${W} value=${r.fulfilledAt} /> <small class="muted">${r.fulfilledBy}</small>`:r.kind==="PHYSICAL"&&r.winnerEmail?i`<${oi} prize=${r} onDone=${t} />`:r.rewardStatus?x("status",r.rewardStatus.toUpperCase()):"—"}</td>
    </tr>`)}</tbody></table>`}function ca(){let e=A(),{data:t,error:r,loading:n,reload:s}=L(Yo,{channel:e.channel}),[o,c]=_(null),[d,u]=_(null),[l,m]=_(null),p=f=>()=>{u(null),m(f),s()};return n&&!t?i`<h1>${a("nav.contests")}</h1><${U} />`:r?i`<h1>${a("nav.contests")}</h1><${N} error=${r} />`:i`<h1>${a("nav.contests")}</h1>
    ${l&&i`<p class="notice" role="status">${l}</p>`}
    <${D} title=${a("nav.contests")} id="contests">
      ${t.referralContests.length?i`<ul class="contest-list">${t.referralContests.map(f=>i`<li class="card contest" data-id=${f.id}>
            <header class="queue-head">
              <b>${f.name}</b> <${re} value=${f.state} />
              <span><${W} value=${f.startsAt} /> – <${W} value=${f.endsAt} /></span>
              <span class="muted">${a("contests.threshold",{count:f.minReferrals})}</span>
              ${f.entrants!==null&&i`<span>${a("contests.entrants",{count:f.entrants})}</span>`}
              ${f.prizeCost&&i`<span>${k(f.prizeCost)} / ${k(f.referredRevenue)}</span>`}
              <button type="button" class="secondary" name="open" onClick=${()=>c(o===f.id?null:f.id)}>${a("contests.details")}</button>
              ${f.state==="OPEN"&&i`<button type="button" class="secondary" name="edit" onClick=${()=>u(d===f.id?null:f.id)}>${a("edit")}</button>`}
            </header>
            ${d===f.id&&i`<${la} contest=${f} onDone=${p(a("saved"))} onCancel=${()=>u(null)} />`}
            ${o===f.id&&i`<div class="details">
              <div><h3>${a("contests.standings")}</h3><${ai} contest=${f} /></div>
              <div><h3>${a("contests.prizes")}</h3><${ii} contest=${f} onChanged=${p(a("contests.fulfilledNotice"))} />
                ${f.state==="OPEN"?i`<${si} contest=${f} onDone=${p(a("contests.decided"))} />`:i`<p class="muted">${a("contests.decidedBy",{who:f.decidedBy||"",seed:f.seed||""})}</p>`}
              </div>
            </div>`}
          </li>`)}</ul>`:i`<${T} text=${a("contests.none")} />`}
    <//>
    <${D} title=${a("contests.new")} id="new-contest">
      <${la} key=${`new-${t.referralContests.length}`} onDone=${p(a("contests.created"))} />
    <//>`}var li=`id name description url imageUrl goal { amount currency } donatePerReferral { amount currency } isActive
  raised { amount currency } pending { amount currency } paidOut { amount currency } shortfall { amount currency } donations progress`,ci=`query Causes($channel: String!) { referralCauses(channel: $channel) { ${li} } }`,ui=`mutation CauseCreate($channel: String!, $input: ReferralCauseInput!) {
  referralCauseCreate(channel: $channel, input: $input) { cause { id } ${P} }
}`,di=`mutation CauseUpdate($id: ID!, $input: ReferralCauseInput!) {
  referralCauseUpdate(id: $id, input: $input) { cause { id } ${P} }
}`,pi=`mutation Payout($cause: ID!, $reference: String) {
  referralDonationPayoutRecord(cause: $cause, reference: $reference) {
    payout { amount { amount currency } reference donations createdAt } ${P}
  }
}`,mi=["name","description","url","imageUrl","goal","donatePerReferral","isActive"];function ua({cause:e,onDone:t,onCancel:r}){let n=A(),s=K({name:e?.name||"",description:e?.description||"",url:e?.url||"",imageUrl:e?.imageUrl||"",goal:e?.goal?.amount??"",donatePerReferral:e?.donatePerReferral?.amount??"",isActive:e?e.isActive:!0}),o=O(ui,"referralCauseCreate"),c=O(di,"referralCauseUpdate"),d=e?c:o,{values:u,set:l}=s,m=d.errors;async function p(f){f.preventDefault();let $={name:u.name,description:u.description,url:u.url||null,imageUrl:u.imageUrl||null,goal:J(u.goal),donatePerReferral:J(u.donatePerReferral),isActive:u.isActive};(e?await c.run({id:e.id,input:$}):await o.run({channel:n.channel,input:$}))&&t()}return i`<form class="entity-form" name="cause" onSubmit=${p} noValidate>
    <div class="form-grid">
      <${g} label=${a("causes.name")} name="name" errors=${m}><${w} name="name" value=${u.name} set=${l} /><//>
      <${g} label=${a("causes.description")} name="description" errors=${m}><${w} name="description" value=${u.description} set=${l} /><//>
      <${g} label=${a("causes.url")} name="url" errors=${m}><${w} name="url" type="url" value=${u.url} set=${l} /><//>
      <${g} label=${a("campaigns.imageUrl")} name="imageUrl" errors=${m}><${w} name="imageUrl" type="url" value=${u.imageUrl} set=${l} /><//>
      <${g} label=${a("causes.goal")} name="goal" errors=${m}><${w} name="goal" type="number" step="any" value=${u.goal} set=${l} /><//>
      <${g} label=${a("causes.perReferral")} name="donatePerReferral" errors=${m}><${w} name="donatePerReferral" type="number" step="any" value=${u.donatePerReferral} set=${l} /><//>
    </div>
    <${pe} name="isActive" value=${u.isActive} set=${l} text=${a("active")} />
    <${H} errors=${m} fields=${mi} />
    <div class="actions">
      <button type="submit" disabled=${d.busy}>${e?a("save"):a("causes.create")}</button>
      ${r&&i`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function fi({cause:e,onDone:t}){let[r,n]=_(""),s=O(pi,"referralDonationPayoutRecord");return i`<form class="inline-form payout-form" data-cause=${e.id} onSubmit=${async o=>{o.preventDefault();let c=await s.run({cause:e.id,reference:r||null});c&&t(c.payout)}}>
    <${g} label=${a("causes.reference")} name="reference" errors=${s.errors}>
      <input name="reference" value=${r} onInput=${o=>n(o.target.value)} />
    <//>
    <${H} errors=${s.errors} fields=${["reference"]} />
    <button type="submit" name="payout" disabled=${s.busy}>${a("causes.recordPayout")}</button>
  </form>`}function da(){let e=A(),{data:t,error:r,loading:n,reload:s}=L(ci,{channel:e.channel}),[o,c]=_(null),[d,u]=_(null),[l,m]=_(null),p=f=>()=>{c(null),u(null),m(f),s()};return n&&!t?i`<h1>${a("nav.causes")}</h1><${U} />`:r?i`<h1>${a("nav.causes")}</h1><${N} error=${r} />`:i`<h1>${a("nav.causes")}</h1>
    ${l&&i`<p class="notice" role="status">${l}</p>`}
    <${D} title=${a("nav.causes")} id="causes">
      ${t.referralCauses.length?i`<table class="table causes-table"><thead><tr>
            <th>${a("causes.name")}</th><th>${a("causes.raised")}</th><th>${a("causes.pending")}</th><th>${a("causes.paidOut")}</th>
            <th>${a("causes.shortfall")}</th><th>${a("causes.donations")}</th><th>${a("causes.progress")}</th><th></th></tr></thead><tbody>
          ${t.referralCauses.map(f=>i`<tr data-id=${f.id}>
              <td>${f.name}${f.isActive?"":i` <small class="muted">(${a("inactive")})</small>`}</td>
              <td class="num">${k(f.raised)}</td><td class="num">${k(f.pending)}</td>
              <td class="num" data-field="paidOut">${k(f.paidOut)}</td><td class="num">${k(f.shortfall)}</td>
              <td class="num">${I(f.donations)}</td>
              <td>${f.progress===null?"—":i`<progress max="1" value=${Math.min(f.progress,1)}></progress> ${de(f.progress)}`}</td>
              <td class="row-actions">
                <button type="button" class="secondary" name="edit" onClick=${()=>c(o===f.id?null:f.id)}>${a("edit")}</button>
                <button type="button" class="secondary" name="open-payout" onClick=${()=>u(d===f.id?null:f.id)}>${a("causes.recordPayout")}…</button>
              </td>
            </tr>
            ${o===f.id&&i`<tr class="expanded"><td colspan="8"><${ua} cause=${f} onDone=${p(a("saved"))} onCancel=${()=>c(null)} /></td></tr>`}
            ${d===f.id&&i`<tr class="expanded"><td colspan="8">
              <p class="muted">${a("causes.payoutIntro",{amount:k(f.pending)})}</p>
              <${fi} cause=${f} onDone=${$=>p(a("causes.paid",{amount:k($.amount)}))()} />
            </td></tr>`}`)}
          </tbody></table>`:i`<${T} text=${a("causes.none")} />`}
    <//>
    <${D} title=${a("causes.new")} id="new-cause">
      <${ua} key=${`new-${t.referralCauses.length}`} onDone=${p(a("causes.created"))} />
    <//>`}var $i=`id name description startsAt capacity seatsLeft minTier { id name(languageCode: $language) } guestPassesPerMember isActive
  cost { amount currency } invitedMembers passesRedeemed`,hi=`query Events($channel: String!, $language: String) {
  referralEvents(channel: $channel) { ${$i} }
  referralTiers(channel: $channel) { id name(languageCode: $language) }
}`,vi=`mutation EventCreate($channel: String!, $input: ReferralEventInput!, $invite: Boolean) {
  referralEventCreate(channel: $channel, input: $input, inviteMembers: $invite) { event { id } ${P} }
}`,gi=`mutation EventUpdate($id: ID!, $input: ReferralEventInput!, $invite: Boolean) {
  referralEventUpdate(id: $id, input: $input, inviteMembers: $invite) { event { id } ${P} }
}`,_i=["name","description","startsAt","capacity","minTier","guestPassesPerMember","cost","isActive"];function pa({event:e,tiers:t,onDone:r,onCancel:n}){let s=A(),o=K({name:e?.name||"",description:e?.description||"",startsAt:$e(e?.startsAt),capacity:e?.capacity??"",minTier:e?.minTier?.id||"",guestPassesPerMember:e?.guestPassesPerMember??"",cost:e?.cost?.amount??"",isActive:e?e.isActive:!0,invite:!e}),c=O(vi,"referralEventCreate"),d=O(gi,"referralEventUpdate"),u=e?d:c,{values:l,set:m}=o,p=u.errors;async function f($){$.preventDefault();let v={name:l.name,description:l.description,startsAt:Q(l.startsAt),capacity:fe(l.capacity),minTier:l.minTier||null,guestPassesPerMember:fe(l.guestPassesPerMember),cost:J(l.cost),isActive:l.isActive};(e?await d.run({id:e.id,input:v,invite:l.invite}):await c.run({channel:s.channel,input:v,invite:l.invite}))&&r()}return i`<form class="entity-form" name="event" onSubmit=${f} noValidate>
    <div class="form-grid">
      <${g} label=${a("events.name")} name="name" errors=${p}><${w} name="name" value=${l.name} set=${m} /><//>
      <${g} label=${a("causes.description")} name="description" errors=${p}><${w} name="description" value=${l.description} set=${m} /><//>
      <${g} label=${a("events.startsAt")} name="startsAt" errors=${p}><${w} name="startsAt" type="datetime-local" value=${l.startsAt} set=${m} /><//>
      <${g} label=${a("events.capacity")} name="capacity" errors=${p}><${w} name="capacity" type="number" value=${l.capacity} set=${m} /><//>
      <${g} label=${a("events.minTier")} name="minTier" errors=${p}>
        <${X} name="minTier" value=${l.minTier} set=${m} options=${[["",a("events.everyone")],...t.map($=>[$.id,$.name])]} />
      <//>
      <${g} label=${a("events.passes")} name="guestPassesPerMember" errors=${p}><${w} name="guestPassesPerMember" type="number" value=${l.guestPassesPerMember} set=${m} /><//>
      <${g} label=${a("events.cost")} name="cost" errors=${p}><${w} name="cost" type="number" step="any" value=${l.cost} set=${m} /><//>
    </div>
    <${pe} name="isActive" value=${l.isActive} set=${m} text=${a("active")} />
    <${pe} name="invite" value=${l.invite} set=${m} text=${a("events.invite")} />
    <${H} errors=${p} fields=${_i} />
    <div class="actions">
      <button type="submit" disabled=${u.busy}>${e?a("save"):a("events.create")}</button>
      ${n&&i`<button type="button" class="secondary" onClick=${n}>${a("cancel")}</button>`}
    </div>
  </form>`}function ma(){let e=A(),{data:t,error:r,loading:n,reload:s}=L(hi,{channel:e.channel,language:se()}),[o,c]=_(null),[d,u]=_(null),l=m=>()=>{c(null),u(m),s()};return n&&!t?i`<h1>${a("nav.events")}</h1><${U} />`:r?i`<h1>${a("nav.events")}</h1><${N} error=${r} />`:i`<h1>${a("nav.events")}</h1>
    ${d&&i`<p class="notice" role="status">${d}</p>`}
    <${D} title=${a("nav.events")} id="events">
      ${t.referralEvents.length?i`<table class="table events-table"><thead><tr>
            <th>${a("events.name")}</th><th>${a("events.startsAt")}</th><th>${a("events.seats")}</th><th>${a("events.minTier")}</th>
            <th>${a("events.invited")}</th><th>${a("events.redeemed")}</th><th>${a("events.cost")}</th><th></th></tr></thead><tbody>
          ${t.referralEvents.map(m=>i`<tr data-id=${m.id}>
              <td>${m.name}${m.isActive?"":i` <small class="muted">(${a("inactive")})</small>`}</td>
              <td><${W} value=${m.startsAt} /></td>
              <td class="num">${I(m.seatsLeft)} / ${I(m.capacity)}</td>
              <td>${m.minTier?m.minTier.name:a("events.everyone")}</td>
              <td class="num">${m.invitedMembers===null?"—":I(m.invitedMembers)}</td>
              <td class="num">${I(m.passesRedeemed)}</td>
              <td>${m.cost?k(m.cost):"—"}</td>
              <td class="row-actions"><button type="button" class="secondary" name="edit" onClick=${()=>c(o===m.id?null:m.id)}>${a("edit")}</button></td>
            </tr>
            ${o===m.id&&i`<tr class="expanded"><td colspan="8"><${pa} event=${m} tiers=${t.referralTiers} onDone=${l(a("saved"))} onCancel=${()=>c(null)} /></td></tr>`}`)}
          </tbody></table>`:i`<${T} text=${a("events.none")} />`}
    <//>
    <${D} title=${a("events.new")} id="new-event">
      <${pa} key=${`new-${t.referralEvents.length}`} tiers=${t.referralTiers} onDone=${l(a("events.created"))} />
    <//>`}var yi=`query Customer($channel: String!, $id: ID!, $language: String) {
  referralCustomer(channel: $channel, id: $id) {
    code shareUrl memberDiscountCode tierAtRiskUntil
    stats { visits friends orders pending qualified rewarded earned { amount currency } }
    tier { name(languageCode: $language) } nextTier { tier { name(languageCode: $language) } referralsNeeded }
    badges { slug name earnedAt }
  }
  referrals(channel: $channel, filter: {customer: $id}, first: 50) { totalCount edges { node { ${De} } } }
  referralRewards(channel: $channel, filter: {customer: $id}, first: 50) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${St} } }
  }
}`,wi=`query OrderReferral($channel: String!, $order: ID!) {
  referrals(channel: $channel, filter: {order: $order}, first: 5) { totalCount edges { node { ${De} } } }
}`;function fa(e,t,r){for(let n of t){let s=e.get(n);if(s){if(n!=="id")return s;try{if(atob(s).startsWith(`${r}:`))return s}catch{}}}return null}function bi({connection:e,onChanged:t}){let[r,n]=_(null);return e.edges.length?i`<table class="table referrals-table"><${Ct} /><tbody>
    ${e.edges.map(({node:s})=>i`<${At} referral=${s} open=${r===s.id}
        onToggle=${()=>n(r===s.id?null:s.id)}>
        <${ke} referral=${s} />
        ${["FLAGGED","PENDING","QUALIFIED"].includes(s.status)&&i`<${Ie} referral=${s} onDone=${t} />`}
      <//>`)}
  </tbody></table>`:i`<${T} />`}function xt({title:e,value:t}){return i`<div class="kpi"><span class="kpi-title">${e}</span><strong class="num">${t}</strong></div>`}function $a({query:e}){let t=A(),r=fa(e,["customerId","customer","id"],"User"),{data:n,error:s,loading:o,reload:c}=L(yi,{channel:t.channel,id:r||"",language:se()},[r]);if(!r)return i`<h1>${a("customer.title")}</h1><${T} text=${a("customer.missing")} />`;if(o&&!n)return i`<h1>${a("customer.title")}</h1><${U} />`;if(s)return i`<h1>${a("customer.title")}</h1><${N} error=${s} />`;let d=n.referralCustomer;return d?i`<h1>${a("customer.title")}</h1>
    <div class="kpis">
      <${xt} title=${a("customer.code")} value=${d.code||"—"} />
      <${xt} title=${a("col.tier")} value=${d.tier?d.tier.name:"—"} />
      <${xt} title=${a("customer.friends")} value=${I(d.stats.friends)} />
      <${xt} title=${a("customer.earned")} value=${k(d.stats.earned)} />
    </div>
    <p class="muted">
      ${a("customer.statsText",{visits:d.stats.visits,orders:d.stats.orders,pending:d.stats.pending,rewarded:d.stats.rewarded})}
      ${d.nextTier&&i`${a("list.sep")}${a("customer.nextTier",{tier:d.nextTier.tier.name,count:d.nextTier.referralsNeeded})}`}
      ${d.tierAtRiskUntil&&i`${a("list.sep")}${a("customer.atRisk")} <${W} value=${d.tierAtRiskUntil} />`}
      ${d.memberDiscountCode&&i`${a("list.sep")}${a("customer.memberCode")} <code>${d.memberDiscountCode}</code>`}
    </p>
    ${d.badges.length>0&&i`<p class="badges">${d.badges.map(u=>i`<span class="badge">${u.name}</span>`)}</p>`}
    <${D} title=${a("customer.referrals",{count:n.referrals.totalCount})} id="customer-referrals">
      <${bi} connection=${n.referrals} onChanged=${c} />
    <//>
    <${D} title=${a("customer.rewards",{count:n.referralRewards.totalCount})} id="customer-rewards">
      <${hr} connection=${n.referralRewards} onChanged=${c} />
    <//>`:i`<h1>${a("customer.title")}</h1><${T} text=${a("customer.none")} />`}function ha({query:e}){let t=A(),r=fa(e,["orderId","order","id"],"Order"),{data:n,error:s,loading:o,reload:c}=L(wi,{channel:t.channel,order:r||""},[r]);if(!r)return i`<h1>${a("order.title")}</h1><${T} text=${a("order.missing")} />`;if(o&&!n)return i`<h1>${a("order.title")}</h1><${U} />`;if(s)return i`<h1>${a("order.title")}</h1><${N} error=${s} />`;let d=n.referrals.edges[0]&&n.referrals.edges[0].node;return d?i`<h1>${a("order.title")}</h1>
    <div class="card order-referral" data-id=${d.id}>
      <p><${re} value=${d.status} /> ${d.statusReason}</p>
      <p>${a("col.advocate")}: <b>${d.advocateEmail}</b> (${d.code})${a("list.sep")}${a("col.friend")}: <b>${d.friendEmail||d.friendName}</b></p>
      <${ke} referral=${d} />
      ${["FLAGGED","PENDING","QUALIFIED"].includes(d.status)&&i`<${Ie} referral=${d} onDone=${c} />`}
    </div>`:i`<h1>${a("order.title")}</h1><${T} text=${a("order.none")} />`}var Ei=["REFERRALS","REWARDS","DONATIONS","FUNNEL"],va=`id kind status statusReason progress rowsDone rowsTotal url requestedBy createdAt finishedAt
  periodStart periodEnd`,Ri=`query Exports($channel: String!) {
  referralExportFiles(channel: $channel, first: 20) { ${va} }
  referralCampaigns(channel: $channel) { id name }
}`,Ai=`mutation Export($channel: String!, $kind: ReferralExportKindEnum!, $period: ReferralExportPeriodInput, $campaign: ID) {
  referralExport(channel: $channel, kind: $kind, period: $period, campaign: $campaign) {
    exportFile { ${va} } ${P}
  }
}`,Ci=new Set(["PENDING","RUNNING"]);function Si({campaigns:e,onDone:t}){let r=A(),n=K({kind:"REFERRALS",from:"",to:"",campaign:""}),s=O(Ai,"referralExport"),{values:o,set:c}=n;async function d(u){u.preventDefault();let l=o.from||o.to?{gte:Q(o.from),lte:Q(o.to)}:null,m=await s.run({channel:r.channel,kind:o.kind,period:l,campaign:o.campaign||null});m&&t(m.exportFile)}return i`<form class="inline-form" name="export" onSubmit=${d} noValidate>
    <${g} label=${a("exports.kind")} name="kind" errors=${s.errors}>
      <${X} name="kind" value=${o.kind} set=${c} options=${Ei.map(u=>[u,x("export",u)])} />
    <//>
    <${g} label=${a("filter.from")} name="period" errors=${s.errors}>
      <${w} name="from" type="datetime-local" value=${o.from} set=${c} />
    <//>
    <${g} label=${a("filter.to")} name="to">
      <${w} name="to" type="datetime-local" value=${o.to} set=${c} />
    <//>
    <${g} label=${a("exports.campaign")} name="campaign" errors=${s.errors}>
      <${X} name="campaign" value=${o.campaign} set=${c}
        options=${[["",a("all")],...e.map(u=>[u.id,u.name])]} />
    <//>
    <${H} errors=${s.errors} fields=${["kind","period","campaign"]} />
    <button type="submit" disabled=${s.busy}>${a("exports.request")}</button>
  </form>`}function xi({file:e}){return e.status==="SUCCESS"?i`<span>${a("exports.rows",{count:e.rowsDone})}</span>`:e.progress===null?i`<span class="muted">${a("exports.counting")}</span>`:i`<span><progress max="1" value=${e.progress}></progress> ${de(e.progress)}
    <small class="muted">${I(e.rowsDone)} / ${I(e.rowsTotal??0)}</small></span>`}function ga(){let e=A(),{data:t,error:r,loading:n,reload:s}=L(Ri,{channel:e.channel}),[o,c]=_(null),d=!!t&&t.referralExportFiles.some(u=>Ci.has(u.status));return q(()=>{if(!d)return;let u=setTimeout(s,1500);return()=>clearTimeout(u)},[d,t]),n&&!t?i`<h1>${a("nav.exports")}</h1><${U} />`:r?i`<h1>${a("nav.exports")}</h1><${N} error=${r} />`:i`<h1>${a("nav.exports")}</h1>
    ${o&&i`<p class="notice" role="status">${o}</p>`}
    <${D} title=${a("exports.new")} id="new-export">
      <p class="muted">${a("exports.intro")}</p>
      <${Si} campaigns=${t.referralCampaigns} onDone=${()=>{c(a("exports.requested")),s()}} />
    <//>
    <${D} title=${a("exports.files")} id="exports">
      ${t.referralExportFiles.length?i`<table class="table exports-table"><thead><tr>
            <th>${a("col.created")}</th><th>${a("exports.kind")}</th><th>${a("col.status")}</th><th>${a("exports.progress")}</th>
            <th>${a("exports.by")}</th><th></th></tr></thead><tbody>
          ${t.referralExportFiles.map(u=>i`<tr data-id=${u.id} data-status=${u.status}>
            <td><${W} value=${u.createdAt} /></td>
            <td>${x("export",u.kind)}${u.periodStart||u.periodEnd?i`<br /><small class="muted"><${W} value=${u.periodStart} time=${!1} /> – <${W} value=${u.periodEnd} time=${!1} /></small>`:""}</td>
            <td><${re} value=${u.status} />${u.status==="FAILED"?i`<br /><small class="muted">${u.statusReason}</small>`:""}</td>
            <td><${xi} file=${u} /></td>
            <td class="muted">${u.requestedBy}</td>
            <td>${u.url?i`<a class="download" href=${u.url} download>${a("exports.download")}</a>`:""}</td>
          </tr>`)}
          </tbody></table>`:i`<${T} text=${a("exports.none")} />`}
    <//>`}var Di=`query Settings($channel: String!) {
  referralSettings(channel: $channel) {
    channel isActive currency
    settings { name label helpText kind value choices { value label } }
  }
}`,ki=`mutation SettingsSave($channel: String!, $active: Boolean!, $currency: String, $values: [ReferralSettingInput!]!) {
  referralSettingsUpdate(channel: $channel, isActive: $active, currency: $currency, values: $values) {
    settings { isActive currency } ${P}
  }
}`,Ii="query ChannelCurrency($slug: String!) { channel(slug: $slug) { currencyCode } }";function Ti({setting:e,value:t,set:r}){if(e.kind==="BOOLEAN")return i`<${pe} name=${e.name} value=${t} set=${r} text=${e.label} />`;let n=s=>r(e.name,s.target.value);return e.choices.length?i`<select name=${e.name} value=${t} onChange=${n}>
      ${e.choices.map(s=>i`<option value=${s.value} selected=${s.value===t}>${s.label}</option>`)}
    </select>`:e.kind==="MULTILINE"?i`<textarea name=${e.name} rows="4" value=${t} onInput=${n}></textarea>`:i`<input name=${e.name} value=${t} onInput=${n} />`}function Pi(e){let t=A(),[r,n]=_(e);return q(()=>{e||!t.saleorGql||t.saleorGql(Ii,{slug:t.channel}).then(s=>n(s.channel&&s.channel.currencyCode||null),()=>n(null))},[e,t.channel]),r}function Oi({program:e,onSaved:t}){let r=A(),n={isActive:e.isActive};for(let l of e.settings)n[l.name]=l.kind==="BOOLEAN"?l.value==="true":l.value;let s=K(n),o=O(ki,"referralSettingsUpdate"),c=Pi(e.currency),d=e.settings.map(l=>l.name);async function u(l){l.preventDefault();let m=e.settings.map(f=>({name:f.name,value:f.kind==="BOOLEAN"?String(!!s.values[f.name]):s.values[f.name]}));await o.run({channel:r.channel,active:s.values.isActive,currency:c,values:m})&&t()}return i`<form class="entity-form settings-form" name="settings" onSubmit=${u} noValidate>
    <${pe} name="isActive" value=${s.values.isActive} set=${s.set} text=${a("settings.active")} />
    ${c&&i`<p class="muted" data-field="currency">${a("settings.currency")}: ${c}</p>`}
    <div class="form-grid">
      ${e.settings.map(l=>i`<${g} label=${l.kind==="BOOLEAN"?"":l.label} name=${l.name}
            errors=${o.errors} hint=${l.helpText}>
          <${Ti} setting=${l} value=${s.values[l.name]} set=${s.set} />
        <//>`)}
    </div>
    <${H} errors=${o.errors} fields=${d} />
    <div class="actions"><button type="submit" disabled=${o.busy}>${a("save")}</button></div>
  </form>`}function _a(){let e=A(),{data:t,error:r,loading:n,reload:s}=L(Di,{channel:e.channel}),[o,c]=_(null);if(n&&!t)return i`<h1>${a("nav.settings")}</h1><${U} />`;if(r)return i`<h1>${a("nav.settings")}</h1><${N} error=${r} />`;let d=t.referralSettings;return i`<h1>${a("nav.settings")}</h1>
    <p class="muted">${a("settings.intro")}</p>
    ${o&&i`<p class="notice" role="status">${o}</p>`}
    <${D} title=${e.channelName||e.channel} id="settings">
      <${Oi}
        key=${JSON.stringify(d)}
        program=${d}
        onSaved=${()=>{c(a("saved")),s()}}
      />
    <//>`}var _r={overview:Kn,review:jn,referrals:Jn,rewards:Qn,tiers:ta,campaigns:sa,contests:ca,causes:da,events:ma,exports:ga,settings:_a,customer:$a,order:ha},ya=["overview","review","referrals","rewards","tiers","campaigns","contests","causes","events","exports"],wa=e=>e.appMode?[...ya,"settings"]:ya,Ni=new Set(["settings"]),yr=(e,t)=>Ni.has(t)&&!e.appMode?null:_r[t]||null;var Fi="query Channels { channels { slug name } }";function ba(e,t){let[r,n]=_(null);return q(()=>{e(Fi).then(s=>n((s.channels||[]).map(o=>({...o,active:t[o.slug]===!0}))),()=>n([]))},[e]),r}function Ea(e,t){let r=(e||[]).find(n=>n.slug===t);return r?r.name:t}function Li(e,t){let r=new URL(location.href),n=r.pathname.startsWith(e.base)?r.pathname.slice(e.base.length):"";r.pathname=e.shopBase+n,r.searchParams.set("channel",t);let s=An();return s&&r.searchParams.set(ur,s),r.toString()}async function Ui(e,t){let r;try{r=await fetch(e,{credentials:"same-origin",headers:{Accept:"text/html"}})}catch(n){t({status:0,url:e,reason:String(n.message||n)});return}if(!r.ok){t({status:r.status,url:e,reason:(await r.text()).slice(0,300)});return}location.assign(e)}function Ra({channels:e,channel:t,config:r,onError:n}){return!e||e.length<2?null:i`<label class="channel-switch">
    <span class="field-label">${a("channel.label")}</span>
    <select name="channel" onChange=${s=>Ui(Li(r,s.target.value),n)}>
      ${e.map(s=>i`<option value=${s.slug} selected=${s.slug===t} data-active=${String(s.active)}
          title=${a(s.active?"channel.titleActive":"channel.titleInactive",{name:s.name})}>
          ${a(s.active?"channel.optionActive":"channel.optionInactive",{name:s.name})}
        </option>`)}
    </select>
  </label>`}function wr({config:e,bridge:t,children:r}){if(e.appMode)return i`<a class="settings-link" href=${`${e.base}settings${location.search}`}>${r}</a>`;let n=e.settingsPath,s=e.dashboardUrl?`${e.dashboardUrl}${n}`:n;function o(c){!t||!t.current||c.ctrlKey||c.metaKey||(c.preventDefault(),t.current.dispatch(Le.Redirect({to:n})).catch(()=>{window.open(s,"_top")}))}return i`<a class="settings-link" href=${s} target="_top" onClick=${o}>${r}</a>`}function Aa({name:e,slug:t,config:r,bridge:n}){return i`<section class="card not-active" role="status" data-channel=${t}>
    <h1>${a("notActive.title",{name:e})}</h1>
    <p>${a(r.appMode?"notActive.textApp":"notActive.text",{name:e})}</p>
    <p><${wr} config=${r} bridge=${n}>${a("notActive.link")}<//></p>
  </section>`}function Ca({error:e,onBack:t}){let r=e.status===404?"error.notFound":e.status>=500?"error.server":"error.network";return i`<section class="card console-error" role="alert" data-status=${e.status}>
    <h1>${a("error.title",{status:e.status||"—"})}</h1>
    <p>${a(r)}</p>
    ${e.reason&&i`<pre class="muted">${e.reason}</pre>`}
    <p><button type="button" class="secondary" onClick=${t}>${a("error.back")}</button></p>
  </section>`}function Mi({gql:e,onToken:t}){let r=K({email:"",password:""}),[n,s]=_([]),[o,c]=_(!1);async function d(u){u.preventDefault(),c(!0);try{let{payload:l,errors:m}=await ft(e,xn,r.values,"tokenCreate");s(m),!m.length&&l.token&&t(l.token)}catch(l){s([{field:null,code:"INVALID",message:l.message}])}finally{c(!1)}}return i`<main class="sign-in">
    <form class="card" onSubmit=${d} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">${a("signIn.title")}</h1>
      <p class="muted">${a("signIn.intro")}</p>
      <${g} label=${a("signIn.email")} name="email" errors=${n}>
        <${w} name="email" type="email" value=${r.values.email} set=${r.set} required autocomplete="username" />
      <//>
      <${g} label=${a("signIn.password")} name="password" errors=${n}>
        <${w} name="password" type="password" value=${r.values.password} set=${r.set} required autocomplete="current-password" />
      <//>
      <${H} errors=${n} fields=${["email","password"]} />
      <button type="submit" disabled=${o}>${a("signIn.submit")}</button>
    </form>
  </main>`}function Hi({onSignOut:e,framed:t}){return i`<main class="no-permission card" role="alert">
    <h1>${a("noPermission.title")}</h1>
    <p>${a("noPermission.text")}</p>
    ${!t&&i`<button type="button" onClick=${e}>${a("signOut")}</button>`}
  </main>`}function Wi({router:e}){let[t,r]=_("");return i`<main class="sign-in">
    <form
      class="card"
      onSubmit=${n=>{n.preventDefault(),t.trim()&&location.assign(e.href("overview",{channel:t.trim()}))}}
    >
      <h1>${a("channel.title")}</h1>
      <label class="field"><span class="field-label">${a("channel.slug")}</span>
        <input name="channel" value=${t} onInput=${n=>r(n.target.value)} required />
      </label>
      <button type="submit">${a("channel.open")}</button>
    </form>
  </main>`}var Vi=new Set(["customer","order"]);function Bi({bridge:e,children:t}){let r=ge(null);return q(()=>{if(!r.current||typeof ResizeObserver>"u")return;let n=new ResizeObserver(()=>Dn(e.current,r.current.scrollHeight));return n.observe(r.current),()=>n.disconnect()},[]),i`<main class="content embedded" ref=${r}>${t}</main>`}function Sa({config:e}){let t=ie(lr,[]),r=new URLSearchParams(location.search),n=ie(()=>Ln(e.base),[]),[s]=_(e.channel||r.get("channel")||""),[o,c]=_(()=>wt(r.get("lang"),t&&r.get("locale"),e.language)),[d,u]=_(()=>t?null:Sn()),[l,m]=_(e.saleorApiUrl||e.graphqlUrl),[p,f]=_(r.get("theme")||"light"),[$,v]=_("app"),h=ge(null);Tn(o),q(()=>{document.documentElement.dataset.theme=p},[p]),q(()=>{t&&(h.current=Cn(M=>{M.token&&u(M.token),M.saleorApiUrl&&m(M.saleorApiUrl),M.theme&&f(M.theme),M.locale&&!r.get("lang")&&c(wt(M.locale,o))}))},[]);let y=e.appMode?e.graphqlUrl:l,b=ie(()=>qt(y,()=>d),[y,d]),R=ie(()=>qt(l,()=>d),[l,d]),G=n.useRoute(),S=ba(R,e.programs||{}),[F,V]=_(null);function E(){dr(null),u(null),v("app")}let Z=Ea(S,s),te={gql:b,saleorGql:R,channel:s,channelName:Z,router:n,navigate:n.navigate,framed:t,onApiError(M){M.kind==="permission"?v("no-permission"):M.kind==="auth"&&!t&&E()}};if(!d)return t?i`<p class="muted loading">${a("dashboard.waiting")}</p>`:i`<${Mi}
      gql=${R}
      onToken=${M=>{dr(M),u(M)}}
    />`;if($==="no-permission")return i`<${Hi} onSignOut=${E} framed=${t} />`;if(!s)return i`<${Wi} router=${n} />`;let Ge=yr(e,G.page)||_r.overview,Y=yr(e,G.page)?G.page:"overview",ye=e.programs&&e.programs[s]!==!0,ot=i`<${Ge} query=${G.query} />`;return F?ot=i`<${Ca} error=${F} onBack=${()=>V(null)} />`:ye&&Y!=="settings"&&(ot=i`<${Aa} name=${Z} slug=${s} config=${e} bridge=${h} />`),t&&Vi.has(Y)?i`<${bt.Provider} value=${te}>
      <${Bi} bridge=${h} key=${`${Y}-${o}`}>${ot}<//>
    <//>`:i`<${bt.Provider} value=${te}>
    <div class="layout">
      <nav class="sidebar" aria-label=${a("nav.label")}>
        <div class="brand">${a("app.title")}<small class="channel-name" title=${s} data-slug=${s}>${Z}</small></div>
        <ul>
          ${wa(e).map(M=>i`<li>
              <a
                href=${n.href(M)}
                class=${M===Y?"active":""}
                aria-current=${M===Y?"page":void 0}
                data-page=${M}
                onClick=${Dt=>{Dt.ctrlKey||Dt.metaKey||(Dt.preventDefault(),n.navigate(M))}}
              >${a(`nav.${M}`)}</a>
            </li>`)}
        </ul>
        <div class="sidebar-foot">
          <${Ra} channels=${S} channel=${s} config=${e} onError=${V} />
          <${wr} config=${e} bridge=${h}>${a("settings.link")}<//>
          <label class="language">
            <span class="sr-only">${a("language")}</span>
            <select
              name="language"
              value=${se()}
              onChange=${M=>c(M.target.value)}
            >
              ${fr.map(M=>i`<option value=${M} selected=${M===o}>${a(`language.${M}`)}</option>`)}
            </select>
          </label>
          ${!t&&i`<button type="button" class="link" onClick=${E}>${a("signOut")}</button>`}
        </div>
      </nav>
      <main class="content" data-page=${Y} key=${`${Y}-${o}`}>
        ${ot}
      </main>
    </div>
  <//>`}cr();var Gi=JSON.parse(document.getElementById("referrals-console-config").textContent);Ht(i`<${Sa} config=${Gi} />`,document.getElementById("referrals-console"));
