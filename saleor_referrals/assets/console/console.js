var Aa=Object.create;var wr=Object.defineProperty;var Ca=Object.getOwnPropertyDescriptor;var Sa=Object.getOwnPropertyNames;var xa=Object.getPrototypeOf,Da=Object.prototype.hasOwnProperty;var It=(e,t)=>()=>(t||e((t={exports:{}}).exports,t),t.exports);var ka=(e,t,r,n)=>{if(t&&typeof t=="object"||typeof t=="function")for(let s of Sa(t))!Da.call(e,s)&&s!==r&&wr(e,s,{get:()=>t[s],enumerable:!(n=Ca(t,s))||n.enumerable});return e};var Tt=(e,t,r)=>(r=e!=null?Aa(xa(e)):{},ka(t||!e||!e.__esModule?wr(r,"default",{value:e,enumerable:!0}):r,e));var Zr=It((Xi,Xr)=>{var Oe=1e3,Ne=Oe*60,Fe=Ne*60,Ce=Fe*24,Ka=Ce*7,ja=Ce*365.25;Xr.exports=function(e,t){t=t||{};var r=typeof e;if(r==="string"&&e.length>0)return za(e);if(r==="number"&&isFinite(e))return t.long?Qa(e):Ja(e);throw new Error("val is not a non-empty string or a valid number. val="+JSON.stringify(e))};function za(e){if(e=String(e),!(e.length>100)){var t=/^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(e);if(t){var r=parseFloat(t[1]),n=(t[2]||"ms").toLowerCase();switch(n){case"years":case"year":case"yrs":case"yr":case"y":return r*ja;case"weeks":case"week":case"w":return r*Ka;case"days":case"day":case"d":return r*Ce;case"hours":case"hour":case"hrs":case"hr":case"h":return r*Fe;case"minutes":case"minute":case"mins":case"min":case"m":return r*Ne;case"seconds":case"second":case"secs":case"sec":case"s":return r*Oe;case"milliseconds":case"millisecond":case"msecs":case"msec":case"ms":return r;default:return}}}}function Ja(e){var t=Math.abs(e);return t>=Ce?Math.round(e/Ce)+"d":t>=Fe?Math.round(e/Fe)+"h":t>=Ne?Math.round(e/Ne)+"m":t>=Oe?Math.round(e/Oe)+"s":e+"ms"}function Qa(e){var t=Math.abs(e);return t>=Ce?ht(e,t,Ce,"day"):t>=Fe?ht(e,t,Fe,"hour"):t>=Ne?ht(e,t,Ne,"minute"):t>=Oe?ht(e,t,Oe,"second"):e+" ms"}function ht(e,t,r,n){var s=t>=r*1.5;return Math.round(e/r)+" "+n+(s?"s":"")}});var tn=It((Zi,en)=>{function Ya(e){r.debug=r,r.default=r,r.coerce=u,r.disable=i,r.enable=s,r.enabled=m,r.humanize=Zr(),r.destroy=c,Object.keys(e).forEach(p=>{r[p]=e[p]}),r.names=[],r.skips=[],r.formatters={};function t(p){let d=0;for(let f=0;f<p.length;f++)d=(d<<5)-d+p.charCodeAt(f),d|=0;return r.colors[Math.abs(d)%r.colors.length]}r.selectColor=t;function r(p){let d,f=null,$,v;function h(...y){if(!h.enabled)return;let b=h,R=Number(new Date),G=R-(d||R);b.diff=G,b.prev=d,b.curr=R,d=R,y[0]=r.coerce(y[0]),typeof y[0]!="string"&&y.unshift("%O");let C=0;y[0]=y[0].replace(/%([a-zA-Z%])/g,(W,E)=>{if(W==="%%")return"%";C++;let X=r.formatters[E];if(typeof X=="function"){let te=y[C];W=X.call(b,te),y.splice(C,1),C--}return W}),r.formatArgs.call(b,y),(b.log||r.log).apply(b,y)}return h.namespace=p,h.useColors=r.useColors(),h.color=r.selectColor(p),h.extend=n,h.destroy=r.destroy,Object.defineProperty(h,"enabled",{enumerable:!0,configurable:!1,get:()=>f!==null?f:($!==r.namespaces&&($=r.namespaces,v=r.enabled(p)),v),set:y=>{f=y}}),typeof r.init=="function"&&r.init(h),h}function n(p,d){let f=r(this.namespace+(typeof d>"u"?":":d)+p);return f.log=this.log,f}function s(p){r.save(p),r.namespaces=p,r.names=[],r.skips=[];let d=(typeof p=="string"?p:"").trim().replace(" ",",").split(",").filter(Boolean);for(let f of d)f[0]==="-"?r.skips.push(f.slice(1)):r.names.push(f)}function o(p,d){let f=0,$=0,v=-1,h=0;for(;f<p.length;)if($<d.length&&(d[$]===p[f]||d[$]==="*"))d[$]==="*"?(v=$,h=f,$++):(f++,$++);else if(v!==-1)$=v+1,h++,f=h;else return!1;for(;$<d.length&&d[$]==="*";)$++;return $===d.length}function i(){let p=[...r.names,...r.skips.map(d=>"-"+d)].join(",");return r.enable(""),p}function m(p){for(let d of r.skips)if(o(p,d))return!1;for(let d of r.names)if(o(p,d))return!0;return!1}function u(p){return p instanceof Error?p.stack||p.message:p}function c(){console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.")}return r.enable(r.load()),r}en.exports=Ya});var gt=It((ae,vt)=>{ae.formatArgs=Za;ae.save=es;ae.load=ts;ae.useColors=Xa;ae.storage=rs();ae.destroy=(()=>{let e=!1;return()=>{e||(e=!0,console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."))}})();ae.colors=["#0000CC","#0000FF","#0033CC","#0033FF","#0066CC","#0066FF","#0099CC","#0099FF","#00CC00","#00CC33","#00CC66","#00CC99","#00CCCC","#00CCFF","#3300CC","#3300FF","#3333CC","#3333FF","#3366CC","#3366FF","#3399CC","#3399FF","#33CC00","#33CC33","#33CC66","#33CC99","#33CCCC","#33CCFF","#6600CC","#6600FF","#6633CC","#6633FF","#66CC00","#66CC33","#9900CC","#9900FF","#9933CC","#9933FF","#99CC00","#99CC33","#CC0000","#CC0033","#CC0066","#CC0099","#CC00CC","#CC00FF","#CC3300","#CC3333","#CC3366","#CC3399","#CC33CC","#CC33FF","#CC6600","#CC6633","#CC9900","#CC9933","#CCCC00","#CCCC33","#FF0000","#FF0033","#FF0066","#FF0099","#FF00CC","#FF00FF","#FF3300","#FF3333","#FF3366","#FF3399","#FF33CC","#FF33FF","#FF6600","#FF6633","#FF9900","#FF9933","#FFCC00","#FFCC33"];function Xa(){if(typeof window<"u"&&window.process&&(window.process.type==="renderer"||window.process.__nwjs))return!0;if(typeof navigator<"u"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/))return!1;let e;return typeof document<"u"&&document.documentElement&&document.documentElement.style&&document.documentElement.style.WebkitAppearance||typeof window<"u"&&window.console&&(window.console.firebug||window.console.exception&&window.console.table)||typeof navigator<"u"&&navigator.userAgent&&(e=navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/))&&parseInt(e[1],10)>=31||typeof navigator<"u"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/)}function Za(e){if(e[0]=(this.useColors?"%c":"")+this.namespace+(this.useColors?" %c":" ")+e[0]+(this.useColors?"%c ":" ")+"+"+vt.exports.humanize(this.diff),!this.useColors)return;let t="color: "+this.color;e.splice(1,0,t,"color: inherit");let r=0,n=0;e[0].replace(/%[a-zA-Z%]/g,s=>{s!=="%%"&&(r++,s==="%c"&&(n=r))}),e.splice(n,0,t)}ae.log=console.debug||console.log||(()=>{});function es(e){try{e?ae.storage.setItem("debug",e):ae.storage.removeItem("debug")}catch{}}function ts(){let e;try{e=ae.storage.getItem("debug")}catch{}return!e&&typeof process<"u"&&"env"in process&&(e=process.env.DEBUG),e}function rs(){try{return localStorage}catch{}}vt.exports=tn()(ae);var{formatters:ns}=vt.exports;ns.j=function(e){try{return JSON.stringify(e)}catch(t){return"[UnexpectedJSONParseError]: "+t.message}}});var ut,A,Ar,Ia,Re,br,Cr,Sr,xr,Lt,Pt,Ot,Dr,qe={},kr=[],Ta=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ke=Array.isArray;function $e(e,t){for(var r in t)e[r]=t[r];return e}function Ut(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function he(e,t,r){var n,s,o,i={};for(o in t)o=="key"?n=t[o]:o=="ref"?s=t[o]:i[o]=t[o];if(arguments.length>2&&(i.children=arguments.length>3?ut.call(arguments,2):r),typeof e=="function"&&e.defaultProps!=null)for(o in e.defaultProps)i[o]===void 0&&(i[o]=e.defaultProps[o]);return lt(e,i,n,s,null)}function lt(e,t,r,n,s){var o={type:e,props:t,key:r,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++Ar,__i:-1,__u:0};return s==null&&A.vnode!=null&&A.vnode(o),o}function ye(e){return e.children}function oe(e,t){this.props=e,this.context=t}function Te(e,t){if(t==null)return e.__?Te(e.__,e.__i+1):null;for(var r;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null)return r.__e;return typeof e.type=="function"?Te(e):null}function Ir(e){var t,r;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null){e.__e=e.__c.base=r.__e;break}return Ir(e)}}function Nt(e){(!e.__d&&(e.__d=!0)&&Re.push(e)&&!ct.__r++||br!=A.debounceRendering)&&((br=A.debounceRendering)||Cr)(ct)}function ct(){for(var e,t,r,n,s,o,i,m=1;Re.length;)Re.length>m&&Re.sort(Sr),e=Re.shift(),m=Re.length,e.__d&&(r=void 0,n=void 0,s=(n=(t=e).__v).__e,o=[],i=[],t.__P&&((r=$e({},n)).__v=n.__v+1,A.vnode&&A.vnode(r),Mt(t.__P,r,n,t.__n,t.__P.namespaceURI,32&n.__u?[s]:null,o,s??Te(n),!!(32&n.__u),i),r.__v=n.__v,r.__.__k[r.__i]=r,Or(o,r,i),n.__e=n.__=null,r.__e!=s&&Ir(r)));ct.__r=0}function Tr(e,t,r,n,s,o,i,m,u,c,p){var d,f,$,v,h,y,b,R=n&&n.__k||kr,G=t.length;for(u=Pa(r,t,R,u,G),d=0;d<G;d++)($=r.__k[d])!=null&&(f=$.__i==-1?qe:R[$.__i]||qe,$.__i=d,y=Mt(e,$,f,s,o,i,m,u,c,p),v=$.__e,$.ref&&f.ref!=$.ref&&(f.ref&&Ht(f.ref,null,$),p.push($.ref,$.__c||v,$)),h==null&&v!=null&&(h=v),(b=!!(4&$.__u))||f.__k===$.__k?u=Pr($,u,e,b):typeof $.type=="function"&&y!==void 0?u=y:v&&(u=v.nextSibling),$.__u&=-7);return r.__e=h,u}function Pa(e,t,r,n,s){var o,i,m,u,c,p=r.length,d=p,f=0;for(e.__k=new Array(s),o=0;o<s;o++)(i=t[o])!=null&&typeof i!="boolean"&&typeof i!="function"?(u=o+f,(i=e.__k[o]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?lt(null,i,null,null,null):Ke(i)?lt(ye,{children:i},null,null,null):i.constructor==null&&i.__b>0?lt(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,m=null,(c=i.__i=Oa(i,r,u,d))!=-1&&(d--,(m=r[c])&&(m.__u|=2)),m==null||m.__v==null?(c==-1&&(s>p?f--:s<p&&f++),typeof i.type!="function"&&(i.__u|=4)):c!=u&&(c==u-1?f--:c==u+1?f++:(c>u?f--:f++,i.__u|=4))):e.__k[o]=null;if(d)for(o=0;o<p;o++)(m=r[o])!=null&&(2&m.__u)==0&&(m.__e==n&&(n=Te(m)),Fr(m,m));return n}function Pr(e,t,r,n){var s,o;if(typeof e.type=="function"){for(s=e.__k,o=0;s&&o<s.length;o++)s[o]&&(s[o].__=e,t=Pr(s[o],t,r,n));return t}e.__e!=t&&(n&&(t&&e.type&&!t.parentNode&&(t=Te(e)),r.insertBefore(e.__e,t||null)),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function je(e,t){return t=t||[],e==null||typeof e=="boolean"||(Ke(e)?e.some(function(r){je(r,t)}):t.push(e)),t}function Oa(e,t,r,n){var s,o,i,m=e.key,u=e.type,c=t[r],p=c!=null&&(2&c.__u)==0;if(c===null&&e.key==null||p&&m==c.key&&u==c.type)return r;if(n>(p?1:0)){for(s=r-1,o=r+1;s>=0||o<t.length;)if((c=t[i=s>=0?s--:o++])!=null&&(2&c.__u)==0&&m==c.key&&u==c.type)return i}return-1}function Er(e,t,r){t[0]=="-"?e.setProperty(t,r??""):e[t]=r==null?"":typeof r!="number"||Ta.test(t)?r:r+"px"}function it(e,t,r,n,s){var o,i;e:if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)r&&t in r||Er(e.style,t,"");if(r)for(t in r)n&&r[t]==n[t]||Er(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")o=t!=(t=t.replace(xr,"$1")),i=t.toLowerCase(),t=i in e||t=="onFocusOut"||t=="onFocusIn"?i.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+o]=r,r?n?r.u=n.u:(r.u=Lt,e.addEventListener(t,o?Ot:Pt,o)):e.removeEventListener(t,o?Ot:Pt,o);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=r??"";break e}catch{}typeof r=="function"||(r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r))}}function Rr(e){return function(t){if(this.l){var r=this.l[t.type+e];if(t.t==null)t.t=Lt++;else if(t.t<r.u)return;return r(A.event?A.event(t):t)}}}function Mt(e,t,r,n,s,o,i,m,u,c){var p,d,f,$,v,h,y,b,R,G,C,N,W,E,X,te,Ge,Z=t.type;if(t.constructor!=null)return null;128&r.__u&&(u=!!(32&r.__u),o=[m=t.__e=r.__e]),(p=A.__b)&&p(t);e:if(typeof Z=="function")try{if(b=t.props,R="prototype"in Z&&Z.prototype.render,G=(p=Z.contextType)&&n[p.__c],C=p?G?G.props.value:p.__:n,r.__c?y=(d=t.__c=r.__c).__=d.__E:(R?t.__c=d=new Z(b,C):(t.__c=d=new oe(b,C),d.constructor=Z,d.render=Fa),G&&G.sub(d),d.props=b,d.state||(d.state={}),d.context=C,d.__n=n,f=d.__d=!0,d.__h=[],d._sb=[]),R&&d.__s==null&&(d.__s=d.state),R&&Z.getDerivedStateFromProps!=null&&(d.__s==d.state&&(d.__s=$e({},d.__s)),$e(d.__s,Z.getDerivedStateFromProps(b,d.__s))),$=d.props,v=d.state,d.__v=t,f)R&&Z.getDerivedStateFromProps==null&&d.componentWillMount!=null&&d.componentWillMount(),R&&d.componentDidMount!=null&&d.__h.push(d.componentDidMount);else{if(R&&Z.getDerivedStateFromProps==null&&b!==$&&d.componentWillReceiveProps!=null&&d.componentWillReceiveProps(b,C),!d.__e&&d.shouldComponentUpdate!=null&&d.shouldComponentUpdate(b,d.__s,C)===!1||t.__v==r.__v){for(t.__v!=r.__v&&(d.props=b,d.state=d.__s,d.__d=!1),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(_e){_e&&(_e.__=t)}),N=0;N<d._sb.length;N++)d.__h.push(d._sb[N]);d._sb=[],d.__h.length&&i.push(d);break e}d.componentWillUpdate!=null&&d.componentWillUpdate(b,d.__s,C),R&&d.componentDidUpdate!=null&&d.__h.push(function(){d.componentDidUpdate($,v,h)})}if(d.context=C,d.props=b,d.__P=e,d.__e=!1,W=A.__r,E=0,R){for(d.state=d.__s,d.__d=!1,W&&W(t),p=d.render(d.props,d.state,d.context),X=0;X<d._sb.length;X++)d.__h.push(d._sb[X]);d._sb=[]}else do d.__d=!1,W&&W(t),p=d.render(d.props,d.state,d.context),d.state=d.__s;while(d.__d&&++E<25);d.state=d.__s,d.getChildContext!=null&&(n=$e($e({},n),d.getChildContext())),R&&!f&&d.getSnapshotBeforeUpdate!=null&&(h=d.getSnapshotBeforeUpdate($,v)),te=p,p!=null&&p.type===ye&&p.key==null&&(te=Nr(p.props.children)),m=Tr(e,Ke(te)?te:[te],t,r,n,s,o,i,m,u,c),d.base=t.__e,t.__u&=-161,d.__h.length&&i.push(d),y&&(d.__E=d.__=null)}catch(_e){if(t.__v=null,u||o!=null)if(_e.then){for(t.__u|=u?160:128;m&&m.nodeType==8&&m.nextSibling;)m=m.nextSibling;o[o.indexOf(m)]=null,t.__e=m}else{for(Ge=o.length;Ge--;)Ut(o[Ge]);Ft(t)}else t.__e=r.__e,t.__k=r.__k,_e.then||Ft(t);A.__e(_e,t,r)}else o==null&&t.__v==r.__v?(t.__k=r.__k,t.__e=r.__e):m=t.__e=Na(r.__e,t,r,n,s,o,i,u,c);return(p=A.diffed)&&p(t),128&t.__u?void 0:m}function Ft(e){e&&e.__c&&(e.__c.__e=!0),e&&e.__k&&e.__k.forEach(Ft)}function Or(e,t,r){for(var n=0;n<r.length;n++)Ht(r[n],r[++n],r[++n]);A.__c&&A.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(o){o.call(s)})}catch(o){A.__e(o,s.__v)}})}function Nr(e){return typeof e!="object"||e==null||e.__b&&e.__b>0?e:Ke(e)?e.map(Nr):$e({},e)}function Na(e,t,r,n,s,o,i,m,u){var c,p,d,f,$,v,h,y=r.props,b=t.props,R=t.type;if(R=="svg"?s="http://www.w3.org/2000/svg":R=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),o!=null){for(c=0;c<o.length;c++)if(($=o[c])&&"setAttribute"in $==!!R&&(R?$.localName==R:$.nodeType==3)){e=$,o[c]=null;break}}if(e==null){if(R==null)return document.createTextNode(b);e=document.createElementNS(s,R,b.is&&b),m&&(A.__m&&A.__m(t,o),m=!1),o=null}if(R==null)y===b||m&&e.data==b||(e.data=b);else{if(o=o&&ut.call(e.childNodes),y=r.props||qe,!m&&o!=null)for(y={},c=0;c<e.attributes.length;c++)y[($=e.attributes[c]).name]=$.value;for(c in y)if($=y[c],c!="children"){if(c=="dangerouslySetInnerHTML")d=$;else if(!(c in b)){if(c=="value"&&"defaultValue"in b||c=="checked"&&"defaultChecked"in b)continue;it(e,c,null,$,s)}}for(c in b)$=b[c],c=="children"?f=$:c=="dangerouslySetInnerHTML"?p=$:c=="value"?v=$:c=="checked"?h=$:m&&typeof $!="function"||y[c]===$||it(e,c,$,y[c],s);if(p)m||d&&(p.__html==d.__html||p.__html==e.innerHTML)||(e.innerHTML=p.__html),t.__k=[];else if(d&&(e.innerHTML=""),Tr(t.type=="template"?e.content:e,Ke(f)?f:[f],t,r,n,R=="foreignObject"?"http://www.w3.org/1999/xhtml":s,o,i,o?o[0]:r.__k&&Te(r,0),m,u),o!=null)for(c=o.length;c--;)Ut(o[c]);m||(c="value",R=="progress"&&v==null?e.removeAttribute("value"):v!=null&&(v!==e[c]||R=="progress"&&!v||R=="option"&&v!=y[c])&&it(e,c,v,y[c],s),c="checked",h!=null&&h!=e[c]&&it(e,c,h,y[c],s))}return e}function Ht(e,t,r){try{if(typeof e=="function"){var n=typeof e.__u=="function";n&&e.__u(),n&&t==null||(e.__u=e(t))}else e.current=t}catch(s){A.__e(s,r)}}function Fr(e,t,r){var n,s;if(A.unmount&&A.unmount(e),(n=e.ref)&&(n.current&&n.current!=e.__e||Ht(n,null,t)),(n=e.__c)!=null){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(o){A.__e(o,t)}n.base=n.__P=null}if(n=e.__k)for(s=0;s<n.length;s++)n[s]&&Fr(n[s],t,r||typeof e.type!="function");r||Ut(e.__e),e.__c=e.__=e.__e=void 0}function Fa(e,t,r){return this.constructor(e,r)}function Wt(e,t,r){var n,s,o,i;t==document&&(t=document.documentElement),A.__&&A.__(e,t),s=(n=typeof r=="function")?null:r&&r.__k||t.__k,o=[],i=[],Mt(t,e=(!n&&r||t).__k=he(ye,null,[e]),s||qe,qe,t.namespaceURI,!n&&r?[r]:s?null:t.firstChild?ut.call(t.childNodes):null,o,!n&&r?r:s?s.__e:t.firstChild,n,i),Or(o,e,i)}function Pe(e){function t(r){var n,s;return this.getChildContext||(n=new Set,(s={})[t.__c]=this,this.getChildContext=function(){return s},this.componentWillUnmount=function(){n=null},this.shouldComponentUpdate=function(o){this.props.value!=o.value&&n.forEach(function(i){i.__e=!0,Nt(i)})},this.sub=function(o){n.add(o);var i=o.componentWillUnmount;o.componentWillUnmount=function(){n&&n.delete(o),i&&i.call(o)}}),r.children}return t.__c="__cC"+Dr++,t.__=e,t.Provider=t.__l=(t.Consumer=function(r,n){return r.children(n)}).contextType=t,t}ut=kr.slice,A={__e:function(e,t,r,n){for(var s,o,i;t=t.__;)if((s=t.__c)&&!s.__)try{if((o=s.constructor)&&o.getDerivedStateFromError!=null&&(s.setState(o.getDerivedStateFromError(e)),i=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,n||{}),i=s.__d),i)return s.__E=s}catch(m){e=m}throw e}},Ar=0,Ia=function(e){return e!=null&&e.constructor==null},oe.prototype.setState=function(e,t){var r;r=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=$e({},this.state),typeof e=="function"&&(e=e($e({},r),this.props)),e&&$e(r,e),e!=null&&this.__v&&(t&&this._sb.push(t),Nt(this))},oe.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Nt(this))},oe.prototype.render=ye,Re=[],Cr=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Sr=function(e,t){return e.__v.__b-t.__v.__b},ct.__r=0,xr=/(PointerCapture)$|Capture$/i,Lt=0,Pt=Rr(!1),Ot=Rr(!0),Dr=0;var Ae,B,Vt,Lr,ze=0,qr=[],q=A,Ur=q.__b,Mr=q.__r,Hr=q.diffed,Wr=q.__c,Vr=q.unmount,Br=q.__;function Je(e,t){q.__h&&q.__h(B,e,ze||t),ze=0;var r=B.__H||(B.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function _(e){return ze=1,Kr(jr,e)}function Kr(e,t,r){var n=Je(Ae++,2);if(n.t=e,!n.__c&&(n.__=[r?r(t):jr(void 0,t),function(m){var u=n.__N?n.__N[0]:n.__[0],c=n.t(u,m);u!==c&&(n.__N=[c,n.__[1]],n.__c.setState({}))}],n.__c=B,!B.__f)){var s=function(m,u,c){if(!n.__c.__H)return!0;var p=n.__c.__H.__.filter(function(f){return!!f.__c});if(p.every(function(f){return!f.__N}))return!o||o.call(this,m,u,c);var d=n.__c.props!==m;return p.forEach(function(f){if(f.__N){var $=f.__[0];f.__=f.__N,f.__N=void 0,$!==f.__[0]&&(d=!0)}}),o&&o.call(this,m,u,c)||d};B.__f=!0;var o=B.shouldComponentUpdate,i=B.componentWillUpdate;B.componentWillUpdate=function(m,u,c){if(this.__e){var p=o;o=void 0,s(m,u,c),o=p}i&&i.call(this,m,u,c)},B.shouldComponentUpdate=s}return n.__N||n.__}function K(e,t){var r=Je(Ae++,3);!q.__s&&qt(r.__H,t)&&(r.__=e,r.u=t,B.__H.__h.push(r))}function Gt(e,t){var r=Je(Ae++,4);!q.__s&&qt(r.__H,t)&&(r.__=e,r.u=t,B.__h.push(r))}function ve(e){return ze=5,ie(function(){return{current:e}},[])}function ie(e,t){var r=Je(Ae++,7);return qt(r.__H,t)&&(r.__=e(),r.__H=t,r.__h=e),r.__}function mt(e,t){return ze=8,ie(function(){return e},t)}function pt(e){var t=B.context[e.__c],r=Je(Ae++,9);return r.c=e,t?(r.__==null&&(r.__=!0,t.sub(B)),t.props.value):e.__}function La(){for(var e;e=qr.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(dt),e.__H.__h.forEach(Bt),e.__H.__h=[]}catch(t){e.__H.__h=[],q.__e(t,e.__v)}}q.__b=function(e){B=null,Ur&&Ur(e)},q.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Br&&Br(e,t)},q.__r=function(e){Mr&&Mr(e),Ae=0;var t=(B=e.__c).__H;t&&(Vt===B?(t.__h=[],B.__h=[],t.__.forEach(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})):(t.__h.forEach(dt),t.__h.forEach(Bt),t.__h=[],Ae=0)),Vt=B},q.diffed=function(e){Hr&&Hr(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(qr.push(t)!==1&&Lr===q.requestAnimationFrame||((Lr=q.requestAnimationFrame)||Ua)(La)),t.__H.__.forEach(function(r){r.u&&(r.__H=r.u),r.u=void 0})),Vt=B=null},q.__c=function(e,t){t.some(function(r){try{r.__h.forEach(dt),r.__h=r.__h.filter(function(n){return!n.__||Bt(n)})}catch(n){t.some(function(s){s.__h&&(s.__h=[])}),t=[],q.__e(n,r.__v)}}),Wr&&Wr(e,t)},q.unmount=function(e){Vr&&Vr(e);var t,r=e.__c;r&&r.__H&&(r.__H.__.forEach(function(n){try{dt(n)}catch(s){t=s}}),r.__H=void 0,t&&q.__e(t,r.__v))};var Gr=typeof requestAnimationFrame=="function";function Ua(e){var t,r=function(){clearTimeout(n),Gr&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(r,35);Gr&&(t=requestAnimationFrame(r))}function dt(e){var t=B,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),B=t}function Bt(e){var t=B;e.__c=e.__(),B=t}function qt(e,t){return!e||e.length!==t.length||t.some(function(r,n){return r!==e[n]})}function jr(e,t){return typeof t=="function"?t(e):t}var me=class extends Error{constructor(t,r,n=null){super(r),this.kind=t,this.field=n}},Ma=new Set(["ExpiredSignatureError","InvalidTokenError","JSONWebTokenExpired","JSONWebTokenError","DecodeError","InvalidSignatureError"]);function Kt(e,t){return async function(n,s={}){let o={"Content-Type":"application/json"},i=t();i&&(o.Authorization=`Bearer ${i}`);let m;try{m=await fetch(e,{method:"POST",headers:o,body:JSON.stringify({query:n,variables:s})})}catch(c){throw new me("network",String(c.message||c))}let u;try{u=await m.json()}catch{throw new me("network",`HTTP ${m.status}`)}if(u.errors&&u.errors.length){let c=u.errors[0],p=c.extensions||{},d=p.exception&&p.exception.code||p.code;throw d==="PermissionDenied"?new me("permission",c.message):Ma.has(d)?new me("auth",c.message):new me("query",c.message,p.field||null)}return u.data}}async function ft(e,t,r,n){let o=(await e(t,r))[n];return{payload:o,errors:o&&o.errors||[]}}var P="errors { field code message }";var Ha=new TextEncoder,$t=new TextDecoder,Hi=2**32;var Wa=e=>{let t=atob(e),r=new Uint8Array(t.length);for(let n=0;n<t.length;n++)r[n]=t.charCodeAt(n);return r},zr=e=>{let t=e;t instanceof Uint8Array&&(t=$t.decode(t)),t=t.replace(/-/g,"+").replace(/_/g,"/").replace(/\s/g,"");try{return Wa(t)}catch{throw new TypeError("The input to be decoded is not correctly encoded.")}};var ee=class extends Error{constructor(t,r){super(t,r),this.code="ERR_JOSE_GENERIC",this.name=this.constructor.name,Error.captureStackTrace?.(this,this.constructor)}};ee.code="ERR_JOSE_GENERIC";var jt=class extends ee{constructor(t,r,n="unspecified",s="unspecified"){super(t,{cause:{claim:n,reason:s,payload:r}}),this.code="ERR_JWT_CLAIM_VALIDATION_FAILED",this.claim=n,this.reason=s,this.payload=r}};jt.code="ERR_JWT_CLAIM_VALIDATION_FAILED";var zt=class extends ee{constructor(t,r,n="unspecified",s="unspecified"){super(t,{cause:{claim:n,reason:s,payload:r}}),this.code="ERR_JWT_EXPIRED",this.claim=n,this.reason=s,this.payload=r}};zt.code="ERR_JWT_EXPIRED";var Jt=class extends ee{constructor(){super(...arguments),this.code="ERR_JOSE_ALG_NOT_ALLOWED"}};Jt.code="ERR_JOSE_ALG_NOT_ALLOWED";var Qt=class extends ee{constructor(){super(...arguments),this.code="ERR_JOSE_NOT_SUPPORTED"}};Qt.code="ERR_JOSE_NOT_SUPPORTED";var Yt=class extends ee{constructor(t="decryption operation failed",r){super(t,r),this.code="ERR_JWE_DECRYPTION_FAILED"}};Yt.code="ERR_JWE_DECRYPTION_FAILED";var Xt=class extends ee{constructor(){super(...arguments),this.code="ERR_JWE_INVALID"}};Xt.code="ERR_JWE_INVALID";var Zt=class extends ee{constructor(){super(...arguments),this.code="ERR_JWS_INVALID"}};Zt.code="ERR_JWS_INVALID";var le=class extends ee{constructor(){super(...arguments),this.code="ERR_JWT_INVALID"}};le.code="ERR_JWT_INVALID";var er=class extends ee{constructor(){super(...arguments),this.code="ERR_JWK_INVALID"}};er.code="ERR_JWK_INVALID";var tr=class extends ee{constructor(){super(...arguments),this.code="ERR_JWKS_INVALID"}};tr.code="ERR_JWKS_INVALID";var rr=class extends ee{constructor(t="no applicable key found in the JSON Web Key Set",r){super(t,r),this.code="ERR_JWKS_NO_MATCHING_KEY"}};rr.code="ERR_JWKS_NO_MATCHING_KEY";var nr=class extends ee{constructor(t="multiple matching keys found in the JSON Web Key Set",r){super(t,r),this.code="ERR_JWKS_MULTIPLE_MATCHING_KEYS"}};nr.code="ERR_JWKS_MULTIPLE_MATCHING_KEYS";var ar=class extends ee{constructor(t="request timed out",r){super(t,r),this.code="ERR_JWKS_TIMEOUT"}};ar.code="ERR_JWKS_TIMEOUT";var sr=class extends ee{constructor(t="signature verification failed",r){super(t,r),this.code="ERR_JWS_SIGNATURE_VERIFICATION_FAILED"}};sr.code="ERR_JWS_SIGNATURE_VERIFICATION_FAILED";function Ga(e){return typeof e=="object"&&e!==null}function or(e){if(!Ga(e)||Object.prototype.toString.call(e)!=="[object Object]")return!1;if(Object.getPrototypeOf(e)===null)return!0;let t=e;for(;Object.getPrototypeOf(t)!==null;)t=Object.getPrototypeOf(t);return Object.getPrototypeOf(e)===t}var Jr=zr;function Qe(e){if(typeof e!="string")throw new le("JWTs must use Compact JWS serialization, JWT must be a string");let{1:t,length:r}=e.split(".");if(r===5)throw new le("Only JWTs using Compact JWS serialization can be decoded");if(r!==3)throw new le("Invalid JWT");if(!t)throw new le("JWTs must contain a payload");let n;try{n=Jr(t)}catch{throw new le("Failed to base64url decode the payload")}let s;try{s=JSON.parse($t.decode(n))}catch{throw new le("Failed to parse the decoded payload as JSON")}if(!or(s))throw new le("Invalid JWT Claims Set");return s}var Yr=e=>{let t=Qe(e),{email:r,user_permissions:n}=t;return{email:r,userPermissions:n}};var yn=Tt(gt(),1);var bn=Tt(gt(),1);function ss(e,t){for(var r in t)e[r]=t[r];return e}function rn(e,t){for(var r in e)if(r!=="__source"&&!(r in t))return!0;for(var n in t)if(n!=="__source"&&e[n]!==t[n])return!0;return!1}function nn(e,t){this.props=e,this.context=t}(nn.prototype=new oe).isPureReactComponent=!0,nn.prototype.shouldComponentUpdate=function(e,t){return rn(this.props,e)||rn(this.state,t)};var an=A.__b;A.__b=function(e){e.type&&e.type.__f&&e.ref&&(e.props.ref=e.ref,e.ref=null),an&&an(e)};var il=typeof Symbol<"u"&&Symbol.for&&Symbol.for("react.forward_ref")||3911;var os=A.__e;A.__e=function(e,t,r,n){if(e.then){for(var s,o=t;o=o.__;)if((s=o.__c)&&s.__c)return t.__e==null&&(t.__e=r.__e,t.__k=r.__k),s.__c(e,t)}os(e,t,r,n)};var sn=A.unmount;function mn(e,t,r){return e&&(e.__c&&e.__c.__H&&(e.__c.__H.__.forEach(function(n){typeof n.__c=="function"&&n.__c()}),e.__c.__H=null),(e=ss({},e)).__c!=null&&(e.__c.__P===r&&(e.__c.__P=t),e.__c.__e=!0,e.__c=null),e.__k=e.__k&&e.__k.map(function(n){return mn(n,t,r)})),e}function pn(e,t,r){return e&&r&&(e.__v=null,e.__k=e.__k&&e.__k.map(function(n){return pn(n,t,r)}),e.__c&&e.__c.__P===t&&(e.__e&&r.appendChild(e.__e),e.__c.__e=!0,e.__c.__P=r)),e}function ir(){this.__u=0,this.o=null,this.__b=null}function fn(e){var t=e.__.__c;return t&&t.__a&&t.__a(e)}function _t(){this.i=null,this.l=null}A.unmount=function(e){var t=e.__c;t&&t.__R&&t.__R(),t&&32&e.__u&&(e.type=null),sn&&sn(e)},(ir.prototype=new oe).__c=function(e,t){var r=t.__c,n=this;n.o==null&&(n.o=[]),n.o.push(r);var s=fn(n.__v),o=!1,i=function(){o||(o=!0,r.__R=null,s?s(m):m())};r.__R=i;var m=function(){if(!--n.__u){if(n.state.__a){var u=n.state.__a;n.__v.__k[0]=pn(u,u.__c.__P,u.__c.__O)}var c;for(n.setState({__a:n.__b=null});c=n.o.pop();)c.forceUpdate()}};n.__u++||32&t.__u||n.setState({__a:n.__b=n.__v.__k[0]}),e.then(i,i)},ir.prototype.componentWillUnmount=function(){this.o=[]},ir.prototype.render=function(e,t){if(this.__b){if(this.__v.__k){var r=document.createElement("div"),n=this.__v.__k[0].__c;this.__v.__k[0]=mn(this.__b,r,n.__O=n.__P)}this.__b=null}var s=t.__a&&he(ye,null,e.fallback);return s&&(s.__u&=-33),[he(ye,null,t.__a?null:e.children),s]};var on=function(e,t,r){if(++r[1]===r[0]&&e.l.delete(t),e.props.revealOrder&&(e.props.revealOrder[0]!=="t"||!e.l.size))for(r=e.i;r;){for(;r.length>3;)r.pop()();if(r[1]<r[0])break;e.i=r=r[2]}};(_t.prototype=new oe).__a=function(e){var t=this,r=fn(t.__v),n=t.l.get(e);return n[0]++,function(s){var o=function(){t.props.revealOrder?(n.push(s),on(t,e,n)):s()};r?r(o):o()}},_t.prototype.render=function(e){this.i=null,this.l=new Map;var t=je(e.children);e.revealOrder&&e.revealOrder[0]==="b"&&t.reverse();for(var r=t.length;r--;)this.l.set(t[r],this.i=[1,0,this.i]);return e.children},_t.prototype.componentDidUpdate=_t.prototype.componentDidMount=function(){var e=this;this.l.forEach(function(t,r){on(e,r,t)})};var is=typeof Symbol<"u"&&Symbol.for&&Symbol.for("react.element")||60103,ls=/^(?:accent|alignment|arabic|baseline|cap|clip(?!PathU)|color|dominant|fill|flood|font|glyph(?!R)|horiz|image(!S)|letter|lighting|marker(?!H|W|U)|overline|paint|pointer|shape|stop|strikethrough|stroke|text(?!L)|transform|underline|unicode|units|v|vector|vert|word|writing|x(?!C))[A-Z]/,cs=/^on(Ani|Tra|Tou|BeforeInp|Compo)/,us=/[A-Z0-9]/g,ds=typeof document<"u",ms=function(e){return(typeof Symbol<"u"&&typeof Symbol()=="symbol"?/fil|che|rad/:/fil|che|ra/).test(e)};oe.prototype.isReactComponent={},["componentWillMount","componentWillReceiveProps","componentWillUpdate"].forEach(function(e){Object.defineProperty(oe.prototype,e,{configurable:!0,get:function(){return this["UNSAFE_"+e]},set:function(t){Object.defineProperty(this,e,{configurable:!0,writable:!0,value:t})}})});var ln=A.event;function ps(){}function fs(){return this.cancelBubble}function $s(){return this.defaultPrevented}A.event=function(e){return ln&&(e=ln(e)),e.persist=ps,e.isPropagationStopped=fs,e.isDefaultPrevented=$s,e.nativeEvent=e};var $n,hs={enumerable:!1,configurable:!0,get:function(){return this.class}},cn=A.vnode;A.vnode=function(e){typeof e.type=="string"&&(function(t){var r=t.props,n=t.type,s={},o=n.indexOf("-")===-1;for(var i in r){var m=r[i];if(!(i==="value"&&"defaultValue"in r&&m==null||ds&&i==="children"&&n==="noscript"||i==="class"||i==="className")){var u=i.toLowerCase();i==="defaultValue"&&"value"in r&&r.value==null?i="value":i==="download"&&m===!0?m="":u==="translate"&&m==="no"?m=!1:u[0]==="o"&&u[1]==="n"?u==="ondoubleclick"?i="ondblclick":u!=="onchange"||n!=="input"&&n!=="textarea"||ms(r.type)?u==="onfocus"?i="onfocusin":u==="onblur"?i="onfocusout":cs.test(i)&&(i=u):u=i="oninput":o&&ls.test(i)?i=i.replace(us,"-$&").toLowerCase():m===null&&(m=void 0),u==="oninput"&&s[i=u]&&(i="oninputCapture"),s[i]=m}}n=="select"&&s.multiple&&Array.isArray(s.value)&&(s.value=je(r.children).forEach(function(c){c.props.selected=s.value.indexOf(c.props.value)!=-1})),n=="select"&&s.defaultValue!=null&&(s.value=je(r.children).forEach(function(c){c.props.selected=s.multiple?s.defaultValue.indexOf(c.props.value)!=-1:s.defaultValue==c.props.value})),r.class&&!r.className?(s.class=r.class,Object.defineProperty(s,"className",hs)):(r.className&&!r.class||r.class&&r.className)&&(s.class=s.className=r.className),t.props=s})(e),e.$$typeof=is,cn&&cn(e)};var un=A.__r;A.__r=function(e){un&&un(e),$n=e.__c};var dn=A.diffed;A.diffed=function(e){dn&&dn(e);var t=e.props,r=e.__e;r!=null&&e.type==="textarea"&&"value"in t&&t.value!==r.value&&(r.value=t.value==null?"":t.value),$n=null};var gn="formPayloadUpdate",_n="formPayload",ge,Ye=(ge=class{static serialize(t){let r=JSON.stringify(t);if(r.length>ge.maxParamsLength)throw new Error(`OpenPopup params too large: ${r.length} chars (max ${ge.maxParamsLength})`);let n=new TextEncoder().encode(r),s="";return n.forEach(o=>{s+=String.fromCharCode(o)}),btoa(s)}static parse(t){let r=atob(t),n=Uint8Array.from(r,o=>o.charCodeAt(0)),s=new TextDecoder().decode(n);return JSON.parse(s)}},ge.urlKey="appParams",ge.maxParamsLength=2048,ge);function ue(e){try{let t=globalThis.crypto.randomUUID();return{...e,payload:{...e.payload,actionId:t}}}catch{throw new Error("Failed to generate action ID, likely as your browser doesn't consider current session as Secure Context. Please ensure you are using https or localhost, or current IP/domain is in 'dom.securecontext.allowlist'/'#unsafely-treat-insecure-origin-as-secure' if you trust it.")}}function vs(e){return ue({payload:e,type:"redirect"})}function gs(e){return ue({type:"notification",payload:e})}function _s(e){return ue({type:"updateRouting",payload:e})}function ys(){return ue({type:"notifyReady",payload:{}})}function ws(e,t){return ue({type:"requestPermissions",payload:{permissions:e,redirectPath:t}})}function bs(){return ue({type:"popupClose",payload:{}})}var Es="WidgetResize height must be a positive, finite number.";function Rs(e){if(typeof e!="number"||!Number.isFinite(e)||e<=0)throw new Error(Es)}function As(e){return Rs(e.height),ue({type:"widgetResize",payload:{height:e.height}})}function Cs(){return ue({type:"refreshEntity",payload:{}})}var Ss="OpenPopup extensionIdentifier must be a non-empty string.";function xs(e){if(typeof e!="string"||e.trim()==="")throw new Error(Ss)}function Ds(e){return xs(e.extensionIdentifier),ue({type:"openPopup",payload:{extensionIdentifier:e.extensionIdentifier,appParams:e.params===void 0||e.params===null?void 0:Ye.serialize(e.params)}})}var ks="RedirectToApp appIdentifier must be a non-empty string.";function Is(e){if(typeof e.appIdentifier!="string"||e.appIdentifier.trim()==="")throw new Error(ks);return ue({type:"redirectToApp",payload:e})}function Ts(e){return ue({type:gn,payload:e})}var Le={Redirect:vs,Notification:gs,UpdateRouting:_s,NotifyReady:ys,RequestPermissions:ws,FormPayloadUpdate:Ts,PopupClose:bs,WidgetResize:As,RefreshEntity:Cs,OpenPopup:Ds,RedirectToApp:Is},Xe={APP_ID:"id",THEME:"theme",DOMAIN:"domain",SALEOR_API_URL:"saleorApiUrl",LOCALE:"locale"},ce={handshake:"handshake",response:"response",redirect:"redirect",theme:"theme",localeChanged:"localeChanged",tokenRefresh:"tokenRefresh",formPayload:_n};var Ps=e=>Qe(e).permissions,Os=class{constructor(e={}){this.state={id:"",saleorApiUrl:"",ready:!1,path:"/",theme:"light",locale:"en",formContext:{}},this.state.locale=e.initialLocale??this.state.locale,this.state.theme=e.initialTheme??this.state.theme}getState(){return this.state}setState(e){return this.state={...this.state,...e},this.state}},wn=typeof window>"u",Ns=1e4,j=yn.default.debug("app-sdk:AppBridge");function Fs(e,t){switch(t.type){case ce.handshake:{let r=Yr(t.payload.token),n=Ps(t.payload.token);return{...e,ready:!0,token:t.payload.token,saleorVersion:t.payload.saleorVersion,dashboardVersion:t.payload.dashboardVersion,user:{email:r.email,permissions:r.userPermissions},appPermissions:n}}case ce.redirect:return{...e,path:t.payload.path};case ce.theme:return{...e,theme:t.payload.theme};case ce.localeChanged:return{...e,locale:t.payload.locale};case ce.tokenRefresh:return{...e,token:t.payload.token};case ce.formPayload:return{...e,formContext:{...e.formContext,[t.payload.form]:t.payload}};case ce.response:return e;default:return console.warn(`Invalid event received: ${t?.type}`),e}}var vn=()=>({handshake:{},response:{},redirect:{},theme:{},localeChanged:{},tokenRefresh:{},formPayload:{}}),Ls=()=>new URL(window.location.href).searchParams.get(Xe.LOCALE)||void 0,Us=()=>new URL(window.location.href).searchParams.get(Xe.SALEOR_API_URL)||"",Ms=()=>{let e=new URL(window.location.href).searchParams.get(Xe.THEME);switch(e){case"dark":case"light":return e;default:return}},Hs=()=>{let e=new URL(window.location.href).searchParams.get(Ye.urlKey);if(e)try{return Ye.parse(e)}catch(t){console.warn(`Failed to parse "${Ye.urlKey}" param from iframe url`,t);return}},Ws=()=>({saleorApiUrl:Us(),initialLocale:Ls()??"en",autoNotifyReady:!0,initialTheme:Ms()??void 0}),yt=class{constructor(e={}){if(this.refererOrigin=document.referrer?new URL(document.referrer).origin:void 0,this.subscribeMap=vn(),this.combinedOptions=Ws(),j("Constructor called with options: %j",e),wn)throw new Error("AppBridge detected you're running this app in SSR mode. Make sure to call `new AppBridge()` when window object exists.");this.combinedOptions={...this.combinedOptions,...e},this.state=new Os({initialLocale:this.combinedOptions.initialLocale}),j("Resolved combined AppBridge options: %j",this.combinedOptions),this.refererOrigin||console.warn("document.referrer is empty"),this.combinedOptions.saleorApiUrl||j("?saleorApiUrl was not found in iframe url"),this.combinedOptions.saleorApiUrl||console.error("saleorApiUrl param was not found in iframe url"),this.setInitialState(),this.listenOnMessages(),this.combinedOptions.autoNotifyReady&&this.sendNotifyReadyAction()}subscribe(e,t){j("subscribe() called with event %s and callback %s",e,t.name);let r=Symbol("Callback token");return this.subscribeMap[e][r]=t,()=>{j("unsubscribe called with event %s and callback %s",e,t.name),delete this.subscribeMap[e][r]}}unsubscribeAll(e){e?(j("unsubscribeAll called with event: %s",e),this.subscribeMap[e]={}):(j("unsubscribeAll called without argument"),this.subscribeMap=vn())}async dispatch(e){return j("dispatch called with action argument: %j",e),new Promise((t,r)=>{if(!window.parent){j("window.parent doesn't exist, will throw"),r(new Error("Parent window does not exist."));return}j("Calling window.parent.postMessage with %j",e),window.parent.postMessage({type:e.type,payload:e.payload},"*");let n,s=this.subscribe(ce.response,({actionId:o,ok:i})=>{j("Subscribing to %s with action id: %s and status 'ok' is: %s",ce.response,o,i),e.payload.actionId===o&&(j("Received matching action id: %s. Will unsubscribe",o),s(),clearTimeout(n),i?t():r(new Error("Action responded with negative status. This indicates the action method was not used properly.")))});n=window.setTimeout(()=>{s(),r(new Error("Action response timed out."))},Ns)})}getState(){return j("getState() called and will return %j",this.state.getState()),this.state.getState()}sendNotifyReadyAction(){this.dispatch(Le.NotifyReady()).catch(e=>{console.error("notifyReady action failed"),console.error(e)})}setInitialState(){j("setInitialState() called");let t=new URL(window.location.href).searchParams.get(Xe.APP_ID)||"",r=window.location.pathname||"",n={id:t,path:r,theme:this.combinedOptions.initialTheme,saleorApiUrl:this.combinedOptions.saleorApiUrl,locale:this.combinedOptions.initialLocale,appParams:Hs()};j("setInitialState() will setState with %j",n),this.state.setState(n)}listenOnMessages(){j("listenOnMessages() called"),window.addEventListener("message",({origin:e,data:t})=>{if(j("Received message from origin: %s and data: %j",e,t),e!==this.refererOrigin){j("Origin from message doesn't match refererOrigin. Function will return now");return}let r=Fs(this.state.getState(),t);j("Computed new state: %j. Will be set with setState",r),this.state.setState(r);let{type:n,payload:s}=t;ce[n]&&Object.getOwnPropertySymbols(this.subscribeMap[n]).forEach(o=>{j("Executing listener for event: '%s' and payload %j",n,s),this.subscribeMap[n][o](s)})})}},ml=bn.default.debug("app-sdk:AppBridgeProvider"),Vs=Pe({appBridge:void 0,mounted:!1});var En=Tt(gt(),1);var Pl=En.default.debug("app-sdk:AppBridge:useDashboardToken");var lr="saleor-referrals-console-token";function cr(){let e=new URLSearchParams(location.search);return window.parent!==window||e.has("id")&&(e.has("saleorApiUrl")||e.has("domain"))}var Se=null;function ur(){return!Se&&cr()&&(Se=new yt({autoNotifyReady:!0}),Bs(Se)),Se}var dr="dashboardOrigin";function Bs(e){let t=new URLSearchParams(location.search).get(dr);t&&e.refererOrigin===location.origin&&(e.refererOrigin=t)}function Rn(){return Se&&Se.refererOrigin!==location.origin?Se.refererOrigin:null}function An(e){let t=ur()||new yt({autoNotifyReady:!0}),r=()=>e(t.getState());return t.subscribe("handshake",r),t.subscribe("theme",r),t.subscribe("localeChanged",r),t.subscribe("tokenRefresh",r),r(),t}var Cn=()=>sessionStorage.getItem(lr),mr=e=>e?sessionStorage.setItem(lr,e):sessionStorage.removeItem(lr),Sn=`mutation SignIn($email: String!, $password: String!) {
  tokenCreate(email: $email, password: $password) { token errors { field code message } }
}`;function xn(e,t){!e||!(t>0)||e.dispatch(Le.WidgetResize({height:Math.ceil(t)})).catch(()=>{})}var Dn={en:{"channel.optionActive":"{name} (on)","channel.titleActive":"Referrals are active in {name}","channel.titleInactive":"Referrals are not active in {name}","channel.optionInactive":"{name} (off)","notActive.title":"Referrals are not active in {name}","notActive.text":"Codes give no discount and nothing is counted in this channel. To switch the program on, open the Referrals plugin's page, choose {name} in its channel list, tick Active and Save.","notActive.link":"Enable them here","error.title":"The console could not open this page (error {status})","error.notFound":"The shop answered “not found”: the page does not exist, or the plugin is not active for this channel.","error.server":"The shop failed to answer (a server error); the details are in its log. Try again in a moment.","error.network":"The shop could not be reached.","error.back":"Back","settings.link":"Referrals settings","time.zone":"times in {zone}","time.utc":"UTC: {time}"},fa:{"channel.optionActive":"{name} (روشن)","channel.titleActive":"معرفی‌ها در {name} فعال‌اند","channel.titleInactive":"معرفی‌ها در {name} فعال نیستند","channel.optionInactive":"{name} (خاموش)","notActive.title":"معرفی‌ها در {name} فعال نیستند","notActive.text":"در این کانال کدها تخفیفی نمی‌دهند و چیزی شمرده نمی‌شود. برای روشن کردن برنامه، صفحهٔ افزونهٔ Referrals را باز کنید، {name} را در فهرست کانال‌ها برگزینید، Active را بزنید و ذخیره کنید.","notActive.link":"اینجا فعالشان کنید","error.title":"کنسول نتوانست این صفحه را باز کند (خطای {status})","error.notFound":"فروشگاه پاسخ داد «پیدا نشد»: صفحه وجود ندارد یا افزونه برای این کانال فعال نیست.","error.server":"فروشگاه نتوانست پاسخ دهد (خطای سرور)؛ جزئیات در لاگ آن است. کمی بعد دوباره امتحان کنید.","error.network":"دسترسی به فروشگاه ممکن نشد.","error.back":"بازگشت","settings.link":"تنظیمات معرفی‌ها","time.zone":"زمان‌ها به وقت {zone}","time.utc":"UTC: {time}"},ar:{"channel.optionActive":"{name} (مفعّلة)","channel.titleActive":"الإحالات مفعّلة في {name}","channel.titleInactive":"الإحالات غير مفعّلة في {name}","channel.optionInactive":"{name} (متوقفة)","notActive.title":"الإحالات غير مفعّلة في {name}","notActive.text":"لا تمنح الرموز أي خصم ولا يُحتسب شيء في هذه القناة. لتشغيل البرنامج افتح صفحة إضافة Referrals واختر {name} من قائمة القنوات وفعّل Active ثم احفظ.","notActive.link":"فعّلها من هنا","error.title":"تعذّر على لوحة التحكم فتح هذه الصفحة (خطأ {status})","error.notFound":"أجاب المتجر «غير موجود»: الصفحة غير موجودة أو الإضافة غير مفعّلة لهذه القناة.","error.server":"تعذّر على المتجر الرد (خطأ في الخادم)؛ التفاصيل في سجله. حاول مجددًا بعد قليل.","error.network":"تعذّر الوصول إلى المتجر.","error.back":"رجوع","settings.link":"إعدادات الإحالات","time.zone":"الأوقات بتوقيت {zone}","time.utc":"UTC: {time}"}};var Ze={"exports.rows.one":"{count} row","exports.rows.other":"{count} rows","contests.entrants.one":"{count} entrant","contests.entrants.other":"{count} entrants","tiers.deleted.one":"Tier deleted; {count} member moved.","tiers.deleted.other":"Tier deleted; {count} members moved.","perk.multiplier":"×{value} reward","perk.fixed":"{amount} reward","perk.entry":"{amount} on entering","perk.discount":"{percent} member discount","perk.earlyAccess":"early access to {count} collections","perk.earlyAccess.one":"early access to {count} collection","review.confirmApprove":"Approve this referral?","review.confirmReject":"Reject this referral?","review.confirmText":"{friend}, referred by {advocate}. The reason is recorded in the referral's history.","review.reasonRequired":"Give a reason.","review.confirm":"Confirm","status.RUNNING":"Running","status.SUCCESS":"Ready","nav.exports":"Exports","exports.new":"New export","exports.intro":"A CSV file of the channel's data, written in the background; download it here when it is ready.","exports.kind":"What","exports.campaign":"Campaign","exports.request":"Export","exports.requested":"Export requested.","exports.files":"Exports","exports.none":"No exports yet.","exports.progress":"Progress","exports.by":"Requested by","exports.download":"Download CSV","exports.rows":"{count} rows","exports.counting":"Counting rows…","export.REFERRALS":"Referrals","export.REWARDS":"Rewards","export.DONATIONS":"Donations","export.FUNNEL":"Daily funnel","overview.period":"Period","period.30":"Last 30 days","period.90":"Last 90 days","period.365":"Last 365 days","period.all":"All time","overview.new":"new","overview.vsPrevious":"against the previous period of the same length","overview.windowRevenue":"Revenue with repeat orders ({days} days)","overview.fullCost":"Full cost","list.sep":" · ","overview.rates":"Visit to order: {visitToOrder} ({linkOrders} orders through a visit, of {visits} visits) · order to converted: {orderToConverted} · reversed: {reversed}","overview.costs":"Where the cost goes","overview.committed":"Still held (committed, not yet paid): {amount}","overview.comparison":"This period against the previous one","overview.thisPeriod":"This period","overview.previousPeriod":"Previous period","funnel.shares":"Shares","funnel.signups":"Sign-ups","funnel.orders":"Orders","cost.advocateRewards":"Advocate rewards","cost.friendDiscounts":"Friend discounts","cost.signupRewards":"Sign-up rewards","cost.tierEntryRewards":"Tier entry rewards","cost.milestoneBonuses":"Milestone bonuses","cost.contestPrizes":"Contest prizes","cost.donations":"Donations","cost.eventCosts":"Events","cost.memberDiscounts":"Member discounts","cost.otherRewards":"Other rewards","app.title":"Referrals","nav.label":"Console pages","nav.overview":"Overview","nav.review":"Review queue","nav.referrals":"Referrals","nav.rewards":"Rewards","nav.tiers":"Tiers & milestones","nav.campaigns":"Campaigns","nav.contests":"Contests","nav.causes":"Causes","nav.events":"Events",language:"Language","language.en":"English","language.fa":"فارسی","language.ar":"العربية",loading:"Loading…",nothing:"Nothing here yet.",all:"All",total:"{count} in all",page:"Page {page}",pages:"Pages",previous:"Previous",next:"Next",save:"Save",saved:"Saved.",cancel:"Cancel",edit:"Edit",delete:"Delete",deleted:"Deleted.",confirmDelete:"Delete it?",active:"Active",inactive:"inactive",anonymous:"Anonymous",signOut:"Sign out","signIn.title":"Sign in to Referrals","signIn.intro":"Use your Saleor staff account.","signIn.email":"E-mail","signIn.password":"Password","signIn.submit":"Sign in","noPermission.title":"No permission","noPermission.text":"Your account cannot manage the referral program. Ask an administrator for the Manage discounts permission.","dashboard.waiting":"Waiting for the Dashboard…","channel.title":"Which channel?","channel.label":"Channel","channel.slug":"Channel slug","channel.open":"Open","overview.revenue":"Referred revenue","overview.cost":"Reward cost","overview.roi":"Return on rewards","overview.flagged":"Waiting for review","overview.funnel":"Funnel","overview.statuses":"Referrals by status","overview.overTime":"Referred revenue vs reward cost, by month","overview.perCampaign":"Per campaign: revenue vs cost","overview.perTier":"Advocates in each tier","overview.networks":"Visits by share network","overview.leaderboard":"Top advocates","overview.noProgram":"No referral program in this channel yet.","overview.noCampaigns":"No campaigns yet.","overview.noTiers":"No tiers yet.","overview.inactive":"The program is not active in this channel: turn it on in the plugin's settings.","overview.programLine":"Friends get {offer}; advocates get {reward} per friend who converts, after {days} days.","overview.campaignLive":"campaign live: {name}","funnel.visits":"Visits","funnel.referrals":"Referrals","funnel.qualified":"Qualified","funnel.converted":"Converted","funnel.rewarded":"Rewarded","col.created":"Date","col.status":"Status","col.advocate":"Advocate","col.friend":"Friend","col.order":"Order","col.total":"Total","col.reason":"Reason","col.recipient":"Recipient","col.kind":"Kind","col.amount":"Amount","col.release":"Release","col.taken":"Taken back","col.tier":"Tier","filter.from":"From","filter.to":"To","filter.apply":"Filter","referral.history":"History","referral.rewards":"Rewards","review.intro":"Referrals a fraud check held for a person to decide. Approving releases the reward after the hold; rejecting keeps it from being paid.","review.reason":"Reason","review.approve":"Approve","review.reject":"Reject","review.empty":"No referral waits for review.","review.approved":"Approved: {who}.","review.rejected":"Rejected: {who}.","referrals.attributeTitle":"Attribute an order by hand","referrals.attributeIntro":'For a friend who named an advocate ("how did you hear about us") or a code that was missed.',"referrals.advocateEmail":"Advocate's e-mail","referrals.orderId":"Order ID","referrals.source":"Source","referrals.attribute":"Attribute","rewards.reason":"Why take it back","rewards.revoke":"Revoke","rewards.shortfall":"shortfall","tiers.ladder":"Ladder","tiers.new":"New tier","tiers.create":"Create tier","tiers.created":"Tier created.","tiers.none":"No tiers yet.","tiers.name":"Name","tiers.nameFa":"Name in Persian","tiers.nameAr":"Name in Arabic","tiers.rank":"Rank","tiers.minReferrals":"Converted referrals needed","tiers.minRevenue":"Referred revenue needed","tiers.window":"Counted over","tiers.windowDays":"Days (rolling window)","tiers.rewardMultiplier":"Reward multiplier","tiers.rewardFixed":"Fixed reward","tiers.entryReward":"Entry reward","tiers.memberDiscount":"Member discount (%)","tiers.earlyAccess":"Early access collections","tiers.earlyAccessHint":"Saleor collection IDs, separated by commas","tiers.earlyAccessUntil":"Early access until","tiers.reason":"Reason for the change","tiers.reasonHint":"Needed when the entry rule changes","tiers.payEntryRewards":"Pay entry rewards to advocates placed now","tiers.rule":"Entry rule","tiers.ruleText":"{count} converted · {window}","tiers.perks":"Perks","tiers.deleteReason":"Why delete it (members move down)","tiers.deleted":"Tier deleted; {count} members moved.","tiers.placement":"Placing advocates: {done} of {total}","tiers.placementDone":"Done.","tiers.history":"An advocate's tier history","tiers.historyShow":"Show","tiers.now":"Tier now","tiers.demoteAfter":"moves down after","tiers.fromTo":"From → to","tiers.converted":"Converted","milestones.title":"Milestones and badges","milestones.new":"New milestone","milestones.create":"Create milestone","milestones.created":"Milestone created.","milestones.slug":"Badge slug","milestones.referrals":"Converted referrals","milestones.bonus":"Bonus","milestones.payBonuses":"Pay bonuses to advocates already past it","campaigns.new":"New campaign","campaigns.create":"Create campaign","campaigns.created":"Campaign created.","campaigns.none":"No campaigns yet.","campaigns.name":"Name","campaigns.startsAt":"Starts","campaigns.endsAt":"Ends","campaigns.imageUrl":"Image URL","campaigns.copy":"Landing page copy","campaigns.title":"Title","campaigns.description":"Description","campaigns.friendOffer":"Friend's offer","campaigns.programOffer":"The program's offer","campaigns.value":"Value","campaigns.minSpent":"Minimum cart","campaigns.advocateReward":"Advocate's reward","campaigns.amount":"Amount","campaigns.multiplier":"Multiplier","campaigns.window":"Window","campaigns.results":"Results","campaigns.resultsText":"{referrals} referrals, {converted} converted","campaigns.switches":"Offer switches","contests.new":"New contest","contests.create":"Create contest","contests.created":"Contest created.","contests.none":"No contests yet.","contests.name":"Name","contests.minReferrals":"Converted referrals to enter","contests.prizes":"Prizes","contests.addPrize":"Add a prize","contests.description":"Description","contests.details":"Standings and prizes","contests.standings":"Standings","contests.threshold":"{count} to enter","contests.entrants":"{count} entrants","contests.seed":"Draw seed","contests.seedHint":"Empty: a random seed, recorded","contests.decide":"Decide now","contests.decided":"Contest decided.","contests.decidedBy":"Decided by {who}, seed {seed}.","contests.method":"Method","contests.winner":"Winner","contests.fulfilled":"Fulfilled","contests.note":"Note (tracking number…)","contests.fulfil":"Mark fulfilled","contests.fulfilledNotice":"Prize marked fulfilled.","causes.new":"New cause","causes.create":"Create cause","causes.created":"Cause created.","causes.none":"No causes yet.","causes.name":"Name","causes.description":"Description","causes.url":"Web site","causes.goal":"Goal","causes.perReferral":"Donation per converted referral","causes.raised":"Raised","causes.pending":"To pay out","causes.paidOut":"Paid out","causes.shortfall":"Shortfall","causes.donations":"Donations","causes.progress":"Progress","causes.recordPayout":"Record payout","causes.reference":"Payment reference","causes.payoutIntro":"Records that {amount} (every donation released so far) was paid to the cause.","causes.paid":"Payout of {amount} recorded.","events.new":"New event","events.create":"Create event","events.created":"Event created.","events.none":"No events yet.","events.name":"Name","events.startsAt":"Starts","events.capacity":"Capacity","events.minTier":"Minimum tier","events.everyone":"Every advocate","events.passes":"Guest passes per member","events.cost":"Cost","events.invite":"E-mail invitations to members","events.seats":"Seats left","events.invited":"Members invited","events.redeemed":"Passes redeemed","customer.title":"Customer's referrals","customer.missing":"Open this page from a customer in the Dashboard.","customer.none":"No referral program or no such customer.","customer.code":"Code","customer.friends":"Friends","customer.earned":"Earned","customer.statsText":"{visits} visits · {orders} orders · {pending} pending · {rewarded} rewarded","customer.nextTier":"{count} more to {tier}","customer.atRisk":"tier at risk until","customer.memberCode":"member code","customer.referrals":"Referrals ({count})","customer.rewards":"Rewards ({count})","order.title":"Order's referral","order.missing":"Open this page from an order in the Dashboard.","order.none":"This order has no referral.","status.PENDING":"Pending","status.QUALIFIED":"Qualified","status.APPROVED":"Approved","status.REWARDED":"Rewarded","status.FLAGGED":"Flagged","status.REJECTED":"Rejected","status.REVERSED":"Reversed","status.HELD":"Held","status.ISSUED":"Issued","status.CANCELLED":"Cancelled","status.REVOKED":"Revoked","status.FAILED":"Failed","status.SCHEDULED":"Scheduled","status.LIVE":"Live","status.ENDED":"Ended","status.OPEN":"Open","status.DECIDED":"Decided","side.ADVOCATE":"Advocate","side.FRIEND":"Friend","kind.VOUCHER":"Voucher","kind.STORE_CREDIT":"Store credit","kind.DONATION":"Donation","kind.PERK":"Perk","kind.PHYSICAL":"Physical prize","source.CODE":"Code","source.LINK":"Link","source.SIGNUP":"Sign-up","source.MANUAL":"By hand","source.SURVEY":"Survey","source.EVENT":"Event pass","network.EMAIL":"E-mail","network.WHATSAPP":"WhatsApp","network.TELEGRAM":"Telegram","network.X":"X","network.FACEBOOK":"Facebook","network.LINKEDIN":"LinkedIn","network.SMS":"SMS","network.COPY_LINK":"Copied link","network.OTHER":"Other","window.LIFETIME":"lifetime","window.ROLLING":"rolling window","window.CALENDAR_YEAR":"calendar year","tierChange.PROMOTED":"Promoted","tierChange.AT_RISK":"At risk","tierChange.RECOVERED":"Recovered","tierChange.DEMOTED":"Demoted","switch.START":"Started","switch.END":"Ended","switch.SKIPPED":"Skipped","method.RANK":"By rank","method.DRAW":"Draw","discount.PERCENTAGE":"Percentage","discount.FIXED":"Fixed amount","discount.FREE_SHIPPING":"Free shipping"},pr={"exports.rows.other":"{count} ردیف","contests.entrants.other":"{count} شرکت‌کننده","tiers.deleted.other":"سطح حذف شد؛ {count} عضو جابه‌جا شدند.","perk.multiplier":"پاداش ×{value}","perk.fixed":"پاداش {amount}","perk.entry":"{amount} هنگام ورود","perk.discount":"{percent} تخفیف اعضا","perk.earlyAccess":"دسترسی زودهنگام به {count} مجموعه","review.confirmApprove":"این معرفی تأیید شود؟","review.confirmReject":"این معرفی رد شود؟","review.confirmText":"{friend}، معرفی‌شده توسط {advocate}. دلیل در تاریخچهٔ معرفی ثبت می‌شود.","review.reasonRequired":"دلیل را بنویسید.","review.confirm":"تأیید","status.RUNNING":"در حال اجرا","status.SUCCESS":"آماده","nav.exports":"خروجی‌ها","exports.new":"خروجی تازه","exports.intro":"یک فایل CSV از داده‌های کانال که در پس‌زمینه نوشته می‌شود؛ وقتی آماده شد از همین‌جا بارگیری کنید.","exports.kind":"چه چیزی","exports.campaign":"کمپین","exports.request":"خروجی بگیر","exports.requested":"خروجی درخواست شد.","exports.files":"خروجی‌ها","exports.none":"هنوز خروجی‌ای نیست.","exports.progress":"پیشرفت","exports.by":"درخواست‌کننده","exports.download":"بارگیری CSV","exports.rows":"{count} ردیف","exports.counting":"در حال شمارش ردیف‌ها…","export.REFERRALS":"معرفی‌ها","export.REWARDS":"پاداش‌ها","export.DONATIONS":"کمک‌ها","export.FUNNEL":"قیف روزانه","overview.period":"بازه","period.30":"۳۰ روز گذشته","period.90":"۹۰ روز گذشته","period.365":"۳۶۵ روز گذشته","period.all":"همهٔ زمان‌ها","overview.new":"تازه","overview.vsPrevious":"در برابر بازهٔ هم‌اندازهٔ قبلی","overview.windowRevenue":"درآمد با خریدهای تکراری ({days} روز)","overview.fullCost":"هزینهٔ کامل","list.sep":"، ","overview.rates":"بازدید به سفارش: {visitToOrder} ({linkOrders} سفارش از راه بازدید، از {visits} بازدید)، سفارش به موفق: {orderToConverted}، برگشتی: {reversed}","overview.costs":"هزینه کجا می‌رود","overview.committed":"هنوز نگه‌داشته (تعهدشده، پرداخت‌نشده): {amount}","overview.comparison":"این بازه در برابر بازهٔ قبلی","overview.thisPeriod":"این بازه","overview.previousPeriod":"بازهٔ قبلی","funnel.shares":"اشتراک‌گذاری‌ها","funnel.signups":"ثبت‌نام‌ها","funnel.orders":"سفارش‌ها","cost.advocateRewards":"پاداش معرف‌ها","cost.friendDiscounts":"تخفیف دوستان","cost.signupRewards":"پاداش ثبت‌نام","cost.tierEntryRewards":"پاداش ورود به سطح","cost.milestoneBonuses":"جایزهٔ نقطه‌های عطف","cost.contestPrizes":"جایزهٔ مسابقه‌ها","cost.donations":"کمک‌های خیریه","cost.eventCosts":"رویدادها","cost.memberDiscounts":"تخفیف اعضا","cost.otherRewards":"پاداش‌های دیگر","app.title":"معرفی‌ها","nav.label":"صفحه‌های کنسول","nav.overview":"نمای کلی","nav.review":"صف بررسی","nav.referrals":"معرفی‌ها","nav.rewards":"پاداش‌ها","nav.tiers":"سطح‌ها و نقطه‌های عطف","nav.campaigns":"کمپین‌ها","nav.contests":"مسابقه‌ها","nav.causes":"امور خیریه","nav.events":"رویدادها",language:"زبان",loading:"در حال بارگذاری…",nothing:"هنوز چیزی نیست.",all:"همه",total:"{count} مورد در کل",page:"صفحهٔ {page}",pages:"صفحه‌ها",previous:"قبلی",next:"بعدی",save:"ذخیره",saved:"ذخیره شد.",cancel:"انصراف",edit:"ویرایش",delete:"حذف",deleted:"حذف شد.",confirmDelete:"حذف شود؟",active:"فعال",inactive:"غیرفعال",anonymous:"ناشناس",signOut:"خروج","signIn.title":"ورود به معرفی‌ها","signIn.intro":"با حساب کارمندی Saleor وارد شوید.","signIn.email":"ایمیل","signIn.password":"گذرواژه","signIn.submit":"ورود","noPermission.title":"بدون دسترسی","noPermission.text":"حساب شما اجازهٔ مدیریت برنامهٔ معرفی را ندارد. از مدیر سیستم دسترسی «مدیریت تخفیف‌ها» را بخواهید.","dashboard.waiting":"در انتظار داشبورد…","channel.title":"کدام کانال؟","channel.label":"کانال","channel.slug":"شناسهٔ کانال","channel.open":"باز کن","overview.revenue":"درآمد از معرفی","overview.cost":"هزینهٔ پاداش","overview.roi":"بازده پاداش‌ها","overview.flagged":"در انتظار بررسی","overview.funnel":"قیف","overview.statuses":"معرفی‌ها بر اساس وضعیت","overview.overTime":"درآمد از معرفی در برابر هزینهٔ پاداش، ماه به ماه","overview.perCampaign":"هر کمپین: درآمد در برابر هزینه","overview.perTier":"معرف‌ها در هر سطح","overview.networks":"بازدیدها بر اساس شبکهٔ اشتراک","overview.leaderboard":"معرف‌های برتر","overview.noProgram":"هنوز برنامهٔ معرفی در این کانال نیست.","overview.noCampaigns":"هنوز کمپینی نیست.","overview.noTiers":"هنوز سطحی نیست.","overview.inactive":"برنامه در این کانال فعال نیست: آن را در تنظیمات افزونه روشن کنید.","overview.programLine":"دوستان {offer} می‌گیرند؛ معرف‌ها برای هر دوست موفق {reward}، پس از {days} روز.","overview.campaignLive":"کمپین در جریان: {name}","funnel.visits":"بازدیدها","funnel.referrals":"معرفی‌ها","funnel.qualified":"واجد شرایط","funnel.converted":"موفق","funnel.rewarded":"پاداش‌گرفته","col.created":"تاریخ","col.status":"وضعیت","col.advocate":"معرف","col.friend":"دوست","col.order":"سفارش","col.total":"مبلغ","col.reason":"دلیل","col.recipient":"گیرنده","col.kind":"نوع","col.amount":"مبلغ","col.release":"آزادسازی","col.taken":"پس گرفته","col.tier":"سطح","filter.from":"از","filter.to":"تا","filter.apply":"فیلتر","referral.history":"تاریخچه","referral.rewards":"پاداش‌ها","review.intro":"معرفی‌هایی که بررسی تقلب نگه داشته تا یک نفر تصمیم بگیرد. تأیید، پاداش را پس از دورهٔ انتظار آزاد می‌کند؛ رد، جلوی پرداخت را می‌گیرد.","review.reason":"دلیل","review.approve":"تأیید","review.reject":"رد","review.empty":"هیچ معرفی‌ای در انتظار بررسی نیست.","review.approved":"تأیید شد: {who}.","review.rejected":"رد شد: {who}.","referrals.attributeTitle":"نسبت دادن دستی یک سفارش","referrals.attributeIntro":"برای دوستی که معرفش را نام برده («از کجا با ما آشنا شدید») یا کدی که جا افتاده است.","referrals.advocateEmail":"ایمیل معرف","referrals.orderId":"شناسهٔ سفارش","referrals.source":"منبع","referrals.attribute":"نسبت بده","rewards.reason":"دلیل پس گرفتن","rewards.revoke":"پس گرفتن","rewards.shortfall":"کسری","tiers.ladder":"نردبان","tiers.new":"سطح تازه","tiers.create":"ساخت سطح","tiers.created":"سطح ساخته شد.","tiers.none":"هنوز سطحی نیست.","tiers.name":"نام","tiers.nameFa":"نام به فارسی","tiers.nameAr":"نام به عربی","tiers.rank":"رتبه","tiers.minReferrals":"معرفی موفق لازم","tiers.minRevenue":"درآمد لازم از معرفی","tiers.window":"بازهٔ شمارش","tiers.windowDays":"روزها (بازهٔ غلتان)","tiers.rewardMultiplier":"ضریب پاداش","tiers.rewardFixed":"پاداش ثابت","tiers.entryReward":"پاداش ورود","tiers.memberDiscount":"تخفیف اعضا (٪)","tiers.earlyAccess":"مجموعه‌های دسترسی زودهنگام","tiers.earlyAccessHint":"شناسه‌های مجموعهٔ Saleor، جدا شده با ویرگول","tiers.earlyAccessUntil":"دسترسی زودهنگام تا","tiers.reason":"دلیل تغییر","tiers.reasonHint":"وقتی قاعدهٔ ورود تغییر می‌کند لازم است","tiers.payEntryRewards":"پاداش ورود به معرف‌هایی که اکنون جای می‌گیرند پرداخت شود","tiers.rule":"قاعدهٔ ورود","tiers.ruleText":"{count} موفق، {window}","tiers.perks":"مزایا","tiers.deleteReason":"دلیل حذف (اعضا یک سطح پایین می‌روند)","tiers.deleted":"سطح حذف شد؛ {count} عضو جابه‌جا شدند.","tiers.placement":"جای‌دهی معرف‌ها: {done} از {total}","tiers.placementDone":"تمام شد.","tiers.history":"تاریخچهٔ سطح یک معرف","tiers.historyShow":"نمایش","tiers.now":"سطح کنونی","tiers.demoteAfter":"پایین می‌رود پس از","tiers.fromTo":"از ← به","tiers.converted":"موفق","milestones.title":"نقطه‌های عطف و نشان‌ها","milestones.new":"نقطهٔ عطف تازه","milestones.create":"ساخت نقطهٔ عطف","milestones.created":"نقطهٔ عطف ساخته شد.","milestones.slug":"شناسهٔ نشان","milestones.referrals":"معرفی‌های موفق","milestones.bonus":"جایزه","milestones.payBonuses":"جایزه به معرف‌هایی که از آن گذشته‌اند پرداخت شود","campaigns.new":"کمپین تازه","campaigns.create":"ساخت کمپین","campaigns.created":"کمپین ساخته شد.","campaigns.none":"هنوز کمپینی نیست.","campaigns.name":"نام","campaigns.startsAt":"شروع","campaigns.endsAt":"پایان","campaigns.imageUrl":"نشانی تصویر","campaigns.copy":"متن صفحهٔ فرود","campaigns.title":"عنوان","campaigns.description":"توضیح","campaigns.friendOffer":"پیشنهاد دوست","campaigns.programOffer":"پیشنهاد برنامه","campaigns.value":"مقدار","campaigns.minSpent":"حداقل سبد","campaigns.advocateReward":"پاداش معرف","campaigns.amount":"مبلغ","campaigns.multiplier":"ضریب","campaigns.window":"بازه","campaigns.results":"نتیجه‌ها","campaigns.resultsText":"{referrals} معرفی، {converted} موفق","campaigns.switches":"تغییرهای پیشنهاد","contests.new":"مسابقهٔ تازه","contests.create":"ساخت مسابقه","contests.created":"مسابقه ساخته شد.","contests.none":"هنوز مسابقه‌ای نیست.","contests.name":"نام","contests.minReferrals":"معرفی موفق لازم برای شرکت","contests.prizes":"جایزه‌ها","contests.addPrize":"افزودن جایزه","contests.description":"توضیح","contests.details":"رده‌بندی و جایزه‌ها","contests.standings":"رده‌بندی","contests.threshold":"{count} برای شرکت","contests.entrants":"{count} شرکت‌کننده","contests.seed":"بذر قرعه","contests.seedHint":"خالی: بذر تصادفی، ثبت می‌شود","contests.decide":"همین حالا تعیین کن","contests.decided":"برندگان تعیین شدند.","contests.decidedBy":"تعیین‌شده توسط {who}، بذر {seed}.","contests.method":"روش","contests.winner":"برنده","contests.fulfilled":"تحویل‌شده","contests.note":"یادداشت (کد رهگیری…)","contests.fulfil":"تحویل شد","contests.fulfilledNotice":"جایزه تحویل‌شده ثبت شد.","causes.new":"امر خیر تازه","causes.create":"ساخت امر خیر","causes.created":"امر خیر ساخته شد.","causes.none":"هنوز امر خیری نیست.","causes.name":"نام","causes.description":"توضیح","causes.url":"وب‌سایت","causes.goal":"هدف","causes.perReferral":"کمک برای هر معرفی موفق","causes.raised":"جمع‌شده","causes.pending":"برای پرداخت","causes.paidOut":"پرداخت‌شده","causes.shortfall":"کسری","causes.donations":"کمک‌ها","causes.progress":"پیشرفت","causes.recordPayout":"ثبت پرداخت","causes.reference":"شمارهٔ پرداخت","causes.payoutIntro":"ثبت می‌کند که {amount} (همهٔ کمک‌های آزادشده تا کنون) به این امر خیر پرداخت شد.","causes.paid":"پرداخت {amount} ثبت شد.","events.new":"رویداد تازه","events.create":"ساخت رویداد","events.created":"رویداد ساخته شد.","events.none":"هنوز رویدادی نیست.","events.name":"نام","events.startsAt":"شروع","events.capacity":"ظرفیت","events.minTier":"حداقل سطح","events.everyone":"همهٔ معرف‌ها","events.passes":"کارت مهمان برای هر عضو","events.cost":"هزینه","events.invite":"دعوت‌نامه با ایمیل به اعضا","events.seats":"جای خالی","events.invited":"اعضای دعوت‌شده","events.redeemed":"کارت‌های استفاده‌شده","customer.title":"معرفی‌های مشتری","customer.missing":"این صفحه را از صفحهٔ یک مشتری در داشبورد باز کنید.","customer.none":"برنامهٔ معرفی یا چنین مشتری‌ای نیست.","customer.code":"کد","customer.friends":"دوستان","customer.earned":"درآمد","customer.statsText":"{visits} بازدید، {orders} سفارش، {pending} در انتظار، {rewarded} پاداش‌گرفته","customer.nextTier":"{count} معرفی دیگر تا {tier}","customer.atRisk":"سطح در خطر تا","customer.memberCode":"کد عضویت","customer.referrals":"معرفی‌ها ({count})","customer.rewards":"پاداش‌ها ({count})","order.title":"معرفی سفارش","order.missing":"این صفحه را از صفحهٔ یک سفارش در داشبورد باز کنید.","order.none":"این سفارش معرفی ندارد.","status.PENDING":"در انتظار","status.QUALIFIED":"واجد شرایط","status.APPROVED":"تأییدشده","status.REWARDED":"پاداش‌گرفته","status.FLAGGED":"نشان‌دار","status.REJECTED":"ردشده","status.REVERSED":"برگشتی","status.HELD":"نگه‌داشته","status.ISSUED":"صادرشده","status.CANCELLED":"لغوشده","status.REVOKED":"پس‌گرفته","status.FAILED":"ناموفق","status.SCHEDULED":"زمان‌بندی‌شده","status.LIVE":"در جریان","status.ENDED":"پایان‌یافته","status.OPEN":"باز","status.DECIDED":"تعیین‌شده","side.ADVOCATE":"معرف","side.FRIEND":"دوست","kind.VOUCHER":"کد تخفیف","kind.STORE_CREDIT":"اعتبار فروشگاه","kind.DONATION":"کمک خیریه","kind.PERK":"مزیت","kind.PHYSICAL":"جایزهٔ فیزیکی","source.CODE":"کد","source.LINK":"پیوند","source.SIGNUP":"ثبت‌نام","source.MANUAL":"دستی","source.SURVEY":"نظرسنجی","source.EVENT":"کارت رویداد","network.EMAIL":"ایمیل","network.WHATSAPP":"واتس‌اپ","network.TELEGRAM":"تلگرام","network.X":"ایکس","network.FACEBOOK":"فیسبوک","network.LINKEDIN":"لینکدین","network.SMS":"پیامک","network.COPY_LINK":"پیوند کپی‌شده","network.OTHER":"دیگر","window.LIFETIME":"همیشه","window.ROLLING":"بازهٔ غلتان","window.CALENDAR_YEAR":"سال تقویمی","tierChange.PROMOTED":"ارتقا","tierChange.AT_RISK":"در خطر","tierChange.RECOVERED":"بازیابی","tierChange.DEMOTED":"تنزل","switch.START":"شروع شد","switch.END":"پایان یافت","switch.SKIPPED":"رد شد","method.RANK":"بر اساس رتبه","method.DRAW":"قرعه","discount.PERCENTAGE":"درصدی","discount.FIXED":"مبلغ ثابت","discount.FREE_SHIPPING":"ارسال رایگان"},fr={"exports.rows.zero":"لا صفوف","exports.rows.one":"صف واحد","exports.rows.two":"صفّان","exports.rows.few":"{count} صفوف","exports.rows.many":"{count} صفًا","exports.rows.other":"{count} صف","contests.entrants.zero":"لا مشاركين","contests.entrants.one":"مشارك واحد","contests.entrants.two":"مشاركان","contests.entrants.few":"{count} مشاركين","contests.entrants.many":"{count} مشاركًا","contests.entrants.other":"{count} مشارك","tiers.deleted.zero":"تم حذف المستوى؛ لم يُنقل أي عضو.","tiers.deleted.one":"تم حذف المستوى؛ نُقل عضو واحد.","tiers.deleted.two":"تم حذف المستوى؛ نُقل عضوان.","tiers.deleted.few":"تم حذف المستوى؛ نُقل {count} أعضاء.","tiers.deleted.many":"تم حذف المستوى؛ نُقل {count} عضوًا.","tiers.deleted.other":"تم حذف المستوى؛ نُقل {count} عضو.","perk.multiplier":"مكافأة ×{value}","perk.fixed":"مكافأة {amount}","perk.entry":"{amount} عند الدخول","perk.discount":"خصم الأعضاء {percent}","perk.earlyAccess":"وصول مبكر إلى {count} مجموعات","review.confirmApprove":"الموافقة على هذه الإحالة؟","review.confirmReject":"رفض هذه الإحالة؟","review.confirmText":"{friend}، بإحالة من {advocate}. يُسجَّل السبب في سجل الإحالة.","review.reasonRequired":"اذكر السبب.","review.confirm":"تأكيد","status.RUNNING":"قيد التنفيذ","status.SUCCESS":"جاهز","nav.exports":"التصدير","exports.new":"تصدير جديد","exports.intro":"ملف CSV لبيانات القناة يُكتب في الخلفية؛ نزّله من هنا عندما يجهز.","exports.kind":"ماذا","exports.campaign":"الحملة","exports.request":"تصدير","exports.requested":"تم طلب التصدير.","exports.files":"ملفات التصدير","exports.none":"لا توجد ملفات تصدير بعد.","exports.progress":"التقدم","exports.by":"طلبه","exports.download":"تنزيل CSV","exports.rows":"{count} صف","exports.counting":"جارٍ عدّ الصفوف…","export.REFERRALS":"الإحالات","export.REWARDS":"المكافآت","export.DONATIONS":"التبرعات","export.FUNNEL":"القمع اليومي","overview.period":"الفترة","period.30":"آخر ٣٠ يوماً","period.90":"آخر ٩٠ يوماً","period.365":"آخر ٣٦٥ يوماً","period.all":"كل الوقت","overview.new":"جديد","overview.vsPrevious":"مقارنة بالفترة السابقة بنفس الطول","overview.windowRevenue":"الإيرادات مع الطلبات المتكررة ({days} يوماً)","overview.fullCost":"التكلفة الكاملة","list.sep":"، ","overview.rates":"من الزيارة إلى الطلب: {visitToOrder} ({linkOrders} طلبات بعد زيارة، من {visits} زيارات)، من الطلب إلى النجاح: {orderToConverted}، معكوسة: {reversed}","overview.costs":"أين تذهب التكلفة","overview.committed":"ما زال محتجزاً (ملتزم به، لم يُدفع): {amount}","overview.comparison":"هذه الفترة مقابل السابقة","overview.thisPeriod":"هذه الفترة","overview.previousPeriod":"الفترة السابقة","funnel.shares":"المشاركات","funnel.signups":"التسجيلات","funnel.orders":"الطلبات","cost.advocateRewards":"مكافآت المُحيلين","cost.friendDiscounts":"خصومات الأصدقاء","cost.signupRewards":"مكافآت التسجيل","cost.tierEntryRewards":"مكافآت دخول المستويات","cost.milestoneBonuses":"مكافآت المراحل","cost.contestPrizes":"جوائز المسابقات","cost.donations":"التبرعات","cost.eventCosts":"الفعاليات","cost.memberDiscounts":"خصومات الأعضاء","cost.otherRewards":"مكافآت أخرى","app.title":"الإحالات","nav.label":"صفحات اللوحة","nav.overview":"نظرة عامة","nav.review":"قائمة المراجعة","nav.referrals":"الإحالات","nav.rewards":"المكافآت","nav.tiers":"المستويات والمراحل","nav.campaigns":"الحملات","nav.contests":"المسابقات","nav.causes":"القضايا الخيرية","nav.events":"الفعاليات",language:"اللغة",loading:"جارٍ التحميل…",nothing:"لا شيء هنا بعد.",all:"الكل",total:"{count} في المجموع",page:"الصفحة {page}",pages:"الصفحات",previous:"السابق",next:"التالي",save:"حفظ",saved:"تم الحفظ.",cancel:"إلغاء",edit:"تعديل",delete:"حذف",deleted:"تم الحذف.",confirmDelete:"هل تريد الحذف؟",active:"نشط",inactive:"غير نشط",anonymous:"مجهول",signOut:"تسجيل الخروج","signIn.title":"تسجيل الدخول إلى الإحالات","signIn.intro":"استخدم حساب الموظف في Saleor.","signIn.email":"البريد الإلكتروني","signIn.password":"كلمة المرور","signIn.submit":"تسجيل الدخول","noPermission.title":"لا توجد صلاحية","noPermission.text":"لا يملك حسابك صلاحية إدارة برنامج الإحالة. اطلب من المسؤول صلاحية «إدارة الخصومات».","dashboard.waiting":"في انتظار لوحة التحكم…","channel.title":"أي قناة؟","channel.label":"القناة","channel.slug":"معرّف القناة","channel.open":"فتح","overview.revenue":"إيرادات الإحالة","overview.cost":"تكلفة المكافآت","overview.roi":"العائد على المكافآت","overview.flagged":"بانتظار المراجعة","overview.funnel":"القمع","overview.statuses":"الإحالات حسب الحالة","overview.overTime":"إيرادات الإحالة مقابل تكلفة المكافآت، شهرياً","overview.perCampaign":"لكل حملة: الإيرادات مقابل التكلفة","overview.perTier":"المُحيلون في كل مستوى","overview.networks":"الزيارات حسب شبكة المشاركة","overview.leaderboard":"أفضل المُحيلين","overview.noProgram":"لا يوجد برنامج إحالة في هذه القناة بعد.","overview.noCampaigns":"لا توجد حملات بعد.","overview.noTiers":"لا توجد مستويات بعد.","overview.inactive":"البرنامج غير نشط في هذه القناة: فعّله من إعدادات الإضافة.","overview.programLine":"يحصل الأصدقاء على {offer}؛ ويحصل المُحيلون على {reward} لكل صديق ناجح، بعد {days} يوماً.","overview.campaignLive":"حملة جارية: {name}","funnel.visits":"الزيارات","funnel.referrals":"الإحالات","funnel.qualified":"مؤهلة","funnel.converted":"ناجحة","funnel.rewarded":"مكافأة","col.created":"التاريخ","col.status":"الحالة","col.advocate":"المُحيل","col.friend":"الصديق","col.order":"الطلب","col.total":"الإجمالي","col.reason":"السبب","col.recipient":"المستلم","col.kind":"النوع","col.amount":"المبلغ","col.release":"الإصدار","col.taken":"المسترد","col.tier":"المستوى","filter.from":"من","filter.to":"إلى","filter.apply":"تصفية","referral.history":"السجل","referral.rewards":"المكافآت","review.intro":"إحالات أوقفها فحص الاحتيال ليقرر فيها شخص. الموافقة تصرف المكافأة بعد فترة الانتظار؛ الرفض يمنع صرفها.","review.reason":"السبب","review.approve":"موافقة","review.reject":"رفض","review.empty":"لا توجد إحالة بانتظار المراجعة.","review.approved":"تمت الموافقة: {who}.","review.rejected":"تم الرفض: {who}.","referrals.attributeTitle":"نسب طلب يدوياً","referrals.attributeIntro":"لصديق ذكر اسم مُحيله («كيف عرفت عنا») أو رمز فات تسجيله.","referrals.advocateEmail":"بريد المُحيل","referrals.orderId":"معرّف الطلب","referrals.source":"المصدر","referrals.attribute":"نسب","rewards.reason":"سبب الاسترداد","rewards.revoke":"استرداد","rewards.shortfall":"العجز","tiers.ladder":"السلم","tiers.new":"مستوى جديد","tiers.create":"إنشاء مستوى","tiers.created":"تم إنشاء المستوى.","tiers.none":"لا توجد مستويات بعد.","tiers.name":"الاسم","tiers.nameFa":"الاسم بالفارسية","tiers.nameAr":"الاسم بالعربية","tiers.rank":"الترتيب","tiers.minReferrals":"الإحالات الناجحة المطلوبة","tiers.minRevenue":"إيرادات الإحالة المطلوبة","tiers.window":"فترة العد","tiers.windowDays":"الأيام (نافذة متحركة)","tiers.rewardMultiplier":"مضاعف المكافأة","tiers.rewardFixed":"مكافأة ثابتة","tiers.entryReward":"مكافأة الدخول","tiers.memberDiscount":"خصم الأعضاء (٪)","tiers.earlyAccess":"مجموعات الوصول المبكر","tiers.earlyAccessHint":"معرّفات مجموعات Saleor مفصولة بفواصل","tiers.earlyAccessUntil":"الوصول المبكر حتى","tiers.reason":"سبب التغيير","tiers.reasonHint":"مطلوب عند تغيير قاعدة الدخول","tiers.payEntryRewards":"صرف مكافآت الدخول للمُحيلين الذين يوضعون الآن","tiers.rule":"قاعدة الدخول","tiers.ruleText":"{count} ناجحة، {window}","tiers.perks":"المزايا","tiers.deleteReason":"سبب الحذف (ينزل الأعضاء مستوى)","tiers.deleted":"تم حذف المستوى؛ نُقل {count} عضواً.","tiers.placement":"توزيع المُحيلين: {done} من {total}","tiers.placementDone":"اكتمل.","tiers.history":"سجل مستوى مُحيل","tiers.historyShow":"عرض","tiers.now":"المستوى الحالي","tiers.demoteAfter":"ينزل بعد","tiers.fromTo":"من ← إلى","tiers.converted":"ناجحة","milestones.title":"المراحل والشارات","milestones.new":"مرحلة جديدة","milestones.create":"إنشاء مرحلة","milestones.created":"تم إنشاء المرحلة.","milestones.slug":"معرّف الشارة","milestones.referrals":"الإحالات الناجحة","milestones.bonus":"المكافأة","milestones.payBonuses":"صرف المكافآت للمُحيلين الذين تجاوزوها","campaigns.new":"حملة جديدة","campaigns.create":"إنشاء حملة","campaigns.created":"تم إنشاء الحملة.","campaigns.none":"لا توجد حملات بعد.","campaigns.name":"الاسم","campaigns.startsAt":"البداية","campaigns.endsAt":"النهاية","campaigns.imageUrl":"رابط الصورة","campaigns.copy":"نص صفحة الهبوط","campaigns.title":"العنوان","campaigns.description":"الوصف","campaigns.friendOffer":"عرض الصديق","campaigns.programOffer":"عرض البرنامج","campaigns.value":"القيمة","campaigns.minSpent":"الحد الأدنى للسلة","campaigns.advocateReward":"مكافأة المُحيل","campaigns.amount":"المبلغ","campaigns.multiplier":"المضاعف","campaigns.window":"الفترة","campaigns.results":"النتائج","campaigns.resultsText":"{referrals} إحالة، {converted} ناجحة","campaigns.switches":"تبديلات العرض","contests.new":"مسابقة جديدة","contests.create":"إنشاء مسابقة","contests.created":"تم إنشاء المسابقة.","contests.none":"لا توجد مسابقات بعد.","contests.name":"الاسم","contests.minReferrals":"الإحالات الناجحة للمشاركة","contests.prizes":"الجوائز","contests.addPrize":"إضافة جائزة","contests.description":"الوصف","contests.details":"الترتيب والجوائز","contests.standings":"الترتيب","contests.threshold":"{count} للمشاركة","contests.entrants":"{count} مشارك","contests.seed":"بذرة السحب","contests.seedHint":"فارغة: بذرة عشوائية تُسجَّل","contests.decide":"احسم الآن","contests.decided":"تم حسم المسابقة.","contests.decidedBy":"حسمها {who}، البذرة {seed}.","contests.method":"الطريقة","contests.winner":"الفائز","contests.fulfilled":"تم التسليم","contests.note":"ملاحظة (رقم التتبع…)","contests.fulfil":"تأكيد التسليم","contests.fulfilledNotice":"تم تسجيل تسليم الجائزة.","causes.new":"قضية جديدة","causes.create":"إنشاء قضية","causes.created":"تم إنشاء القضية.","causes.none":"لا توجد قضايا بعد.","causes.name":"الاسم","causes.description":"الوصف","causes.url":"الموقع","causes.goal":"الهدف","causes.perReferral":"التبرع لكل إحالة ناجحة","causes.raised":"المجموع","causes.pending":"للدفع","causes.paidOut":"المدفوع","causes.shortfall":"العجز","causes.donations":"التبرعات","causes.progress":"التقدم","causes.recordPayout":"تسجيل دفعة","causes.reference":"مرجع الدفع","causes.payoutIntro":"يسجّل أن {amount} (كل التبرعات المصروفة حتى الآن) دُفع للقضية.","causes.paid":"تم تسجيل دفعة بقيمة {amount}.","events.new":"فعالية جديدة","events.create":"إنشاء فعالية","events.created":"تم إنشاء الفعالية.","events.none":"لا توجد فعاليات بعد.","events.name":"الاسم","events.startsAt":"البداية","events.capacity":"السعة","events.minTier":"الحد الأدنى للمستوى","events.everyone":"كل المُحيلين","events.passes":"تذاكر الضيوف لكل عضو","events.cost":"التكلفة","events.invite":"إرسال دعوات للأعضاء بالبريد","events.seats":"المقاعد المتبقية","events.invited":"الأعضاء المدعوون","events.redeemed":"التذاكر المستخدمة","customer.title":"إحالات العميل","customer.missing":"افتح هذه الصفحة من صفحة عميل في لوحة التحكم.","customer.none":"لا يوجد برنامج إحالة أو لا يوجد هذا العميل.","customer.code":"الرمز","customer.friends":"الأصدقاء","customer.earned":"المكتسب","customer.statsText":"{visits} زيارة، {orders} طلب، {pending} معلّقة، {rewarded} مكافأة","customer.nextTier":"{count} أخرى حتى {tier}","customer.atRisk":"المستوى مهدد حتى","customer.memberCode":"رمز العضوية","customer.referrals":"الإحالات ({count})","customer.rewards":"المكافآت ({count})","order.title":"إحالة الطلب","order.missing":"افتح هذه الصفحة من صفحة طلب في لوحة التحكم.","order.none":"لا توجد إحالة لهذا الطلب.","status.PENDING":"معلّقة","status.QUALIFIED":"مؤهلة","status.APPROVED":"موافق عليها","status.REWARDED":"مكافأة","status.FLAGGED":"مُعلَّمة","status.REJECTED":"مرفوضة","status.REVERSED":"معكوسة","status.HELD":"محتجزة","status.ISSUED":"صادرة","status.CANCELLED":"ملغاة","status.REVOKED":"مستردة","status.FAILED":"فاشلة","status.SCHEDULED":"مجدولة","status.LIVE":"جارية","status.ENDED":"منتهية","status.OPEN":"مفتوحة","status.DECIDED":"محسومة","side.ADVOCATE":"المُحيل","side.FRIEND":"الصديق","kind.VOUCHER":"قسيمة","kind.STORE_CREDIT":"رصيد المتجر","kind.DONATION":"تبرع","kind.PERK":"ميزة","kind.PHYSICAL":"جائزة عينية","source.CODE":"رمز","source.LINK":"رابط","source.SIGNUP":"تسجيل","source.MANUAL":"يدوي","source.SURVEY":"استبيان","source.EVENT":"تذكرة فعالية","network.EMAIL":"البريد","network.WHATSAPP":"واتساب","network.TELEGRAM":"تيليجرام","network.X":"إكس","network.FACEBOOK":"فيسبوك","network.LINKEDIN":"لينكدإن","network.SMS":"رسالة نصية","network.COPY_LINK":"رابط منسوخ","network.OTHER":"أخرى","window.LIFETIME":"دائماً","window.ROLLING":"نافذة متحركة","window.CALENDAR_YEAR":"سنة تقويمية","tierChange.PROMOTED":"ترقية","tierChange.AT_RISK":"مهدد","tierChange.RECOVERED":"استعادة","tierChange.DEMOTED":"تخفيض","switch.START":"بدأت","switch.END":"انتهت","switch.SKIPPED":"تم التخطي","method.RANK":"حسب الترتيب","method.DRAW":"سحب","discount.PERCENTAGE":"نسبة مئوية","discount.FIXED":"مبلغ ثابت","discount.FREE_SHIPPING":"شحن مجاني"};for(let e of[pr,fr])e["language.en"]=Ze["language.en"],e["language.fa"]=Ze["language.fa"],e["language.ar"]=Ze["language.ar"];for(let[e,t]of Object.entries({en:Ze,fa:pr,ar:fr}))Object.assign(t,Dn[e]);var et={en:Ze,fa:pr,ar:fr};var $r=["en","fa","ar"],kn={en:"en-US",fa:"fa-IR-u-nu-arabext",ar:"ar-EG-u-nu-arab"},we="en";function wt(...e){for(let t of e){let r=String(t||"").slice(0,2).toLowerCase();if($r.includes(r))return r}return"en"}function In(e){we=wt(e),document.documentElement.lang=we,document.documentElement.dir=tt()}var se=()=>we,tt=()=>we==="en"?"ltr":"rtl",xe=()=>kn[we],Ue=()=>tt()==="rtl"?"←":"→";function Gs(e,t){if(typeof t!="number")return e;let r=new Intl.PluralRules(kn[we]).select(t),n=et[we];return`${e}.${r}`in n?`${e}.${r}`:`${e}.other`in n?`${e}.other`:e}function a(e,t={}){let r=Gs(e,t.count);return(et[we][r]??et.en[r]??et.en[e]??e).replace(/\{(\w+)\}/g,(s,o)=>typeof t[o]=="number"?I(t[o]):String(t[o]??""))}var S=(e,t)=>a(`${e}.${t}`),I=(e,t={})=>new Intl.NumberFormat(xe(),t).format(e);function D(e){if(!e)return"—";try{return new Intl.NumberFormat(xe(),{style:"currency",currency:e.currency}).format(e.amount)}catch{return`${I(e.amount)} ${e.currency}`}}var Tn=e=>new Intl.NumberFormat(xe(),{notation:"compact",maximumFractionDigits:1}).format(e),de=e=>new Intl.NumberFormat(xe(),{style:"percent",maximumFractionDigits:1}).format(e),Pn=e=>new Intl.DateTimeFormat(xe(),{dateStyle:"medium"}).format(new Date(e)),On=e=>new Intl.DateTimeFormat(xe(),{dateStyle:"medium",timeStyle:"short"}).format(new Date(e)),Nn=e=>new Intl.DateTimeFormat(xe(),{month:"short",year:"2-digit",timeZone:"UTC"}).format(e);var qs=["channel","lang"];function Fn(e){let t=new URLSearchParams,r=new URLSearchParams(location.search);for(let u of qs)r.get(u)&&t.set(u,r.get(u));function n(){return{page:(location.pathname.startsWith(e)?location.pathname.slice(e.length):"").replace(/\/+$/,"")||"overview",query:new URLSearchParams(location.search)}}function s(u,c={}){let p=new URLSearchParams(t);for(let[f,$]of Object.entries(c))$!=null&&$!==""&&p.set(f,$);let d=p.toString();return e+(u==="overview"?"":u)+(d?`?${d}`:"")}let o=new Set;function i(u,c){history.pushState(null,"",s(u,c)),o.forEach(p=>p())}addEventListener("popstate",()=>o.forEach(u=>u()));function m(){let[u,c]=_(n);return K(()=>{let p=()=>c(n());return o.add(p),()=>o.delete(p)},[]),u}return{href:s,navigate:i,useRoute:m}}var Un=function(e,t,r,n){var s;t[0]=0;for(var o=1;o<t.length;o++){var i=t[o++],m=t[o]?(t[0]|=i?1:2,r[t[o++]]):t[++o];i===3?n[0]=m:i===4?n[1]=Object.assign(n[1]||{},m):i===5?(n[1]=n[1]||{})[t[++o]]=m:i===6?n[1][t[++o]]+=m+"":i?(s=e.apply(m,Un(e,m,r,["",null])),n.push(s),m[0]?t[0]|=2:(t[o-2]=0,t[o]=s)):n.push(m)}return n},Ln=new Map;function Mn(e){var t=Ln.get(this);return t||(t=new Map,Ln.set(this,t)),(t=Un(this,t.get(e)||(t.set(e,t=(function(r){for(var n,s,o=1,i="",m="",u=[0],c=function(f){o===1&&(f||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,f,i):o===3&&(f||i)?(u.push(3,f,i),o=2):o===2&&i==="..."&&f?u.push(4,f,0):o===2&&i&&!f?u.push(5,0,!0,i):o>=5&&((i||!f&&o===5)&&(u.push(o,0,i,s),o=6),f&&(u.push(o,f,0,s),o=6)),i=""},p=0;p<r.length;p++){p&&(o===1&&c(),c(p));for(var d=0;d<r[p].length;d++)n=r[p][d],o===1?n==="<"?(c(),u=[u],o=3):i+=n:o===4?i==="--"&&n===">"?(o=1,i=""):i=n+i[0]:m?n===m?m="":i+=n:n==='"'||n==="'"?m=n:n===">"?(c(),o=1):o&&(n==="="?(o=5,s=i,i=""):n==="/"&&(o<5||r[p][d+1]===">")?(c(),o===3&&(u=u[0]),o=u,(u=u[0]).push(2,0,o),o=0):n===" "||n==="	"||n===`
`||n==="\r"?(c(),o=2):i+=n),o===3&&i==="!--"&&(o=4,u=u[0])}return c(),u})(e)),t),arguments,[])).length>1?t:t[0]}var l=Mn.bind(he),bt=Pe(null),x=()=>pt(bt);function M(e,t,r=[]){let n=x(),[s,o]=_({loading:!0,data:null,error:null}),[i,m]=_(0);K(()=>{let c=!0;return o(p=>({...p,loading:!0})),n.gql(e,t).then(p=>c&&o({loading:!1,data:p,error:null}),p=>{c&&(p instanceof me&&p.kind!=="query"&&n.onApiError(p),o({loading:!1,data:null,error:p}))}),()=>{c=!1}},[...r,i,n.channel]);let u=mt(()=>m(c=>c+1),[]);return{...s,reload:u}}function O(e,t){let r=x(),[n,s]=_([]),[o,i]=_(!1);async function m(u){i(!0);try{let{payload:c,errors:p}=await ft(r.gql,e,u,t);return s(p),p.length?null:c}catch(c){return c instanceof me&&c.kind!=="query"&&r.onApiError(c),s([{field:c.field||null,code:"INVALID",message:c.message}]),null}finally{i(!1)}}return{run:m,errors:n,setErrors:s,busy:o}}var Hn=(e,t)=>!!e&&(e===t||e.startsWith(t)&&/[A-Z]/.test(e[t.length])),Ks=(e,t)=>e.filter(r=>Hn(r.field,t));function g({label:e,name:t,errors:r=[],hint:n,children:s}){let o=Ks(r,t);return l`<div class=${`field${o.length?" invalid":""}`} data-field=${t}>
    <label>
      <span class="field-label">${e}</span>
      ${s}
    </label>
    ${n&&l`<small class="hint">${n}</small>`}
    ${o.map(i=>l`<p class="field-error" role="alert" data-code=${i.code}>${i.message}</p>`)}
  </div>`}function V({errors:e,fields:t}){let r=e.filter(n=>!n.field||!t.some(s=>Hn(n.field,s)));return r.length?l`<div class="form-errors" role="alert">
    ${r.map(n=>l`<p class="field-error" data-code=${n.code}>
          ${n.field?l`<b>${n.field}</b>: `:""}${n.message}
        </p>`)}
  </div>`:null}function w({name:e,value:t,set:r,type:n="text",...s}){return l`<input
    name=${e}
    type=${n}
    value=${t??""}
    onInput=${o=>r(e,n==="checkbox"?o.target.checked:o.target.value)}
    ...${s}
  />`}function be({name:e,value:t,set:r,text:n}){return l`<label class="check">
    <input
      type="checkbox"
      name=${e}
      checked=${!!t}
      onChange=${s=>r(e,s.target.checked)}
    />
    ${n}</label
  >`}function Y({name:e,value:t,set:r,options:n}){return l`<select name=${e} value=${t??""} onChange=${s=>r(e,s.target.value)}>
    ${n.map(([s,o])=>l`<option value=${s} selected=${s===(t??"")}>${o}</option>`)}
  </select>`}function z(e){let[t,r]=_(e);return{values:t,set:(s,o)=>r(i=>({...i,[s]:o})),setValues:r}}var J=e=>e===""||e===null||e===void 0?null:Number(e),pe=e=>e===""||e===null||e===void 0?null:parseInt(e,10),Q=e=>e?new Date(e).toISOString():null;function fe(e){if(!e)return"";let t=new Date(e),r=n=>String(n).padStart(2,"0");return`${t.getFullYear()}-${r(t.getMonth()+1)}-${r(t.getDate())}T${r(t.getHours())}:${r(t.getMinutes())}`}function H(){return l`<p class="muted loading">${a("loading")}</p>`}function L({error:e}){return e?l`<div class="form-errors" role="alert"><p class="field-error">${e.message}</p></div>`:null}function Ee({value:e}){return e?l`<span class="num">${D(e)}</span>`:l`<span class="muted">—</span>`}var U=({value:e,time:t=!0})=>e?l`<time datetime=${e}>${t?On(e):Pn(e)}</time>`:l`<span class="muted">—</span>`,re=({value:e})=>l`<span class=${`badge status-${String(e).toLowerCase()}`}>${S("status",e)}</span>`;function Me(){let[e,t]=_([null]);return{after:e[e.length-1],page:e.length,next:n=>t(s=>[...s,n]),previous:()=>t(n=>n.length>1?n.slice(0,-1):n),reset:()=>t([null])}}function He({pager:e,connection:t}){return t?l`<nav class="pager" aria-label=${a("pages")}>
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
  </nav>`:null}function k({title:e,actions:t,children:r,id:n}){return l`<section class="card" id=${n}>
    <header class="card-header"><h2>${e}</h2>${t}</header>
    ${r}
  </section>`}function T({text:e}){return l`<p class="muted empty">${e||a("nothing")}</p>`}var rt=(e,t)=>["fa","ar"].filter(r=>(e[`${t}_${r}`]||"").trim()).map(r=>({language:r,name:e[`${t}_${r}`].trim()}));var Et=["var(--chart-1)","var(--chart-2)","var(--chart-3)","var(--chart-4)"],js=222,zs=(e,t)=>{let r=t>1?34+e*34/(t-1):45;return`hsl(${js}, 65%, ${Math.round(r)}%)`};function Wn(e){let t=ve(null),[r,n]=_(e);return Gt(()=>{let s=t.current;if(!s)return;let o=()=>{let m=Math.floor(s.getBoundingClientRect().width);m>0&&n(m)};if(o(),typeof ResizeObserver>"u")return;let i=new ResizeObserver(o);return i.observe(s),()=>i.disconnect()},[]),[t,r]}function Js(e,{integer:t=!1,count:r=4}={}){let n=Math.max(e,t?1:0)||1,s=n/r,o=10**Math.floor(Math.log10(s)),i=[1,2,5,10].map(u=>u*o).find(u=>u>=s);t&&(i=Math.max(1,Math.ceil(i)));let m=[];for(let u=0;u<n+i/2;u+=i)m.push(Number(u.toPrecision(12)));return m[m.length-1]<n&&m.push(Number((m[m.length-1]+i).toPrecision(12))),m}var Qs=(e,t)=>{let r=Math.max(3,Math.floor(t/6.6)),n=String(e);return n.length>r?`${n.slice(0,r-1)}…`:n},Vn=(e,t)=>{let r=Qs(e,t);return r===String(e)?r:l`${r}<title>${e}</title>`};function Rt({items:e,title:t,format:r=I,name:n}){let[s,o]=Wn(420),i=40,m=Math.max(e.length,1)*i+4,u=Math.max(1,...e.map(f=>f.value)),c=tt()==="rtl",d=Math.max(40,o-96-8);return l`<figure class="chart-figure" data-chart=${n} ref=${s}>
    <svg class="chart bar-chart" width=${o} height=${m} viewBox=${`0 0 ${o} ${m}`}
      role="img" aria-label=${t}>
      ${e.map((f,$)=>{let v=2+$*i,h=Math.max(f.value>0?2:0,f.value/u*d),y=c?o-4-h:4,b=c?o-4:4,R=c?y-6:y+h+6,G=f.color||zs($,e.length);return l`<g>
          <text x=${b} y=${v+14} text-anchor="start" direction=${c?"rtl":"ltr"} class="chart-label">
            ${Vn(f.label,o-8)}
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
          <text x=${R} y=${v+31} text-anchor="start" direction=${c?"rtl":"ltr"} class="chart-value">
            ${r(f.value)}
          </text>
        </g>`})}
    </svg>
  </figure>`}function nt({labels:e,series:t,title:r,format:n=I,name:s,integer:o}){let[i,m]=Wn(860),u=o??n===I,c=260,p=12,d=40,f=56,$=c-p-d,v=Js(Math.max(0,...t.flatMap(C=>C.values)),{integer:u}),h=v[v.length-1],y=tt()==="rtl",b=(m-f-8)/Math.max(e.length,1),R=Math.max(3,(b-8)/t.length),G=(C,N)=>{let W=f+C*b+4+N*R;return y?m-W-R:W};return l`<figure class="chart-figure" data-chart=${s} ref=${i}>
    <svg class="chart column-chart" width=${m} height=${c} viewBox=${`0 0 ${m} ${c}`}
      role="img" aria-label=${r}>
      ${v.map(C=>{let N=p+$-C/h*$;return l`<g>
          <line x1=${y?0:f} x2=${y?m-f:m} y1=${N} y2=${N} class="grid" />
          <text x=${y?m-4:f-6} y=${N+4} text-anchor="end" class="chart-axis tick"
            direction="ltr" data-tick=${C}>
            ${u?I(C):Tn(C)}
          </text>
        </g>`})}
      ${e.map((C,N)=>l`<g>
          ${t.map((W,E)=>{let X=W.values[N]||0,te=X/h*$;return l`<rect
              class="bar"
              x=${G(N,E)}
              y=${p+$-te}
              width=${R-1}
              height=${te}
              style=${`fill:${W.color||Et[E%Et.length]}`}
              data-series=${W.name}
              data-value=${X}
            ><title>${C} · ${W.name}: ${n(X)}</title></rect>`})}
          <text
            x=${y?m-(f+N*b+b/2):f+N*b+b/2}
            y=${c-d+16}
            text-anchor="middle"
            class="chart-axis"
          >${Vn(C,b-4)}</text>
        </g>`)}
    </svg>
    <figcaption>
      <span>${r}</span>
      <span class="legend">
        ${t.map((C,N)=>l`<span class="legend-item"><i style=${`background:${C.color||Et[N%Et.length]}`}></i>${C.name}</span>`)}
      </span>
    </figcaption>
    <table class="sr-only">
      <thead><tr><th></th>${t.map(C=>l`<th>${C.name}</th>`)}</tr></thead>
      <tbody>
        ${e.map((C,N)=>l`<tr><th>${C}</th>${t.map(W=>l`<td>${n(W.values[N]||0)}</td>`)}</tr>`)}
      </tbody>
    </table>
  </figure>`}var Ys=12,Bn=864e5,hr={30:30,90:90,365:365,all:null};function Xs(e=new Date){let t=[];for(let r=Ys-1;r>=-1;r-=1)t.push(new Date(Date.UTC(e.getUTCFullYear(),e.getUTCMonth()-r,1)));return t}function Zs(e,t=new Date){let r=hr[e];if(!r)return null;let n=Date.UTC(t.getUTCFullYear(),t.getUTCMonth(),t.getUTCDate())+Bn;return{gte:new Date(n-r*Bn).toISOString(),lte:new Date(n).toISOString()}}var ne="{ amount currency }",Gn=["advocateRewards","friendDiscounts","signupRewards","tierEntryRewards","milestoneBonuses","contestPrizes","donations","eventCosts","memberDiscounts","otherRewards"],Ve=["shares","visits","signups","orders","qualified","converted","rewarded"],eo=`query Overview($channel: String!, $period: ReferralPeriodInput, $compare: Boolean!, $language: String) {
  report: referralReport(channel: $channel, period: $period, compareWithPrevious: $compare) {
    start end
    funnel { ${Ve.join(" ")} reversed linkOrders visitsByNetwork { network count } sharesByNetwork { network count }
      visitToOrderRate orderToConvertedRate }
    money { repeatWindowDays referredOrders repeatOrders firstOrderRevenue ${ne} windowRevenue ${ne}
      costs { ${Gn.map(e=>`${e} ${ne}`).join(" ")} } totalCost ${ne} committed ${ne}
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
}`;function to(e){return`query OverviewMonths($channel: String!) { ${e.slice(0,-1).map((r,n)=>`m${n}: referralReport(channel: $channel, period: {gte: "${r.toISOString()}", lte: "${e[n+1].toISOString()}"}) { money { firstOrderRevenue ${ne} totalCost ${ne} } }`).join(`
`)} }`}var ro=`query Leaderboard($channel: String!) {
  referralLeaderboard(channel: $channel, period: ALL_TIME, first: 10) { rank name convertedReferrals }
}`;function no({query:{data:e,error:t,loading:r}}){if(r)return l`<${H} />`;if(t)return l`<${L} error=${t} />`;let n=e.referralLeaderboard||[];return n.length?l`<ol class="leaderboard">
    ${n.map(s=>l`<li><span>${s.name||a("anonymous")}</span><b class="num">${I(s.convertedReferrals)}</b></li>`)}
  </ol>`:l`<${T} />`}function ao({starts:e,query:{data:t,error:r,loading:n},money:s}){if(n)return l`<${H} />`;if(r)return l`<${L} error=${r} />`;let o=e.slice(0,-1),i=m=>t[`m${m}`];return l`<${nt}
    name="money"
    title=${a("overview.overTime")}
    format=${s}
    labels=${o.map(m=>Nn(m))}
    series=${[{name:a("overview.revenue"),values:o.map((m,u)=>i(u)?.money.firstOrderRevenue.amount??0)},{name:a("overview.fullCost"),values:o.map((m,u)=>i(u)?.money.totalCost.amount??0)}]}
  />`}function so({program:e}){if(!e)return l`<p class="notice warn" role="status">${a("overview.inactive")}</p>`;let t=e.friendOffer,r=t.type==="PERCENTAGE"?de(t.value/100):t.type==="FIXED"?D({amount:t.value,currency:t.currency}):S("discount",t.type);return l`<p class="program-line muted" data-program>
    ${a("overview.programLine",{offer:r,reward:`${D(e.advocateReward.amount)} (${S("kind",e.advocateReward.type)})`,days:e.holdDays})}
    ${e.campaign?l`${a("list.sep")}${a("overview.campaignLive",{name:e.campaign.name})}`:""}
  </p>`}function oo({now:e,before:t}){if(t==null)return null;if(!t)return e?l`<small class="change up">${a("overview.new")}</small>`:null;let r=(e-t)/t,n=r>0?"+":"";return l`<small class=${`change ${r>0?"up":r<0?"down":""}`} title=${a("overview.vsPrevious")}>
    ${n}${de(r)}
  </small>`}function We({title:e,value:t,name:r,now:n,before:s}){return l`<div class="kpi" data-kpi=${r}>
    <span class="kpi-title">${e}</span>
    <strong class="num">${t}</strong>
    <${oo} now=${n} before=${s} />
  </div>`}function qn({query:e}){let t=x(),[r,n]=_(()=>e.get("period")in hr?e.get("period"):"30"),[s]=_(Xs),o=Zs(r),{data:i,error:m,loading:u}=M(eo,{channel:t.channel,period:o,compare:!!o,language:se()},[r]),c=M(to(s),{channel:t.channel}),p=M(ro,{channel:t.channel}),d=l`<label class="period-picker">
    <span class="sr-only">${a("overview.period")}</span>
    <select name="period" value=${r} onChange=${E=>n(E.target.value)}>
      ${Object.keys(hr).map(E=>l`<option value=${E} selected=${E===r}>${a(`period.${E}`)}</option>`)}
    </select>
  </label>`,f=l`<header class="page-header"><h1>${a("nav.overview")}</h1>${d}</header>`;if(u&&!i)return l`${f}<${H} />`;if(m)return l`${f}<${L} error=${m} />`;let $=i.report;if(!$)return l`${f}<${T} text=${a("overview.noProgram")} />`;let{funnel:v,money:h}=$,y=$.previous,b=h.totalCost.currency,R=E=>D({amount:E,currency:b}),G=E=>E==null?"—":`${I(E,{maximumFractionDigits:2})}×`,C=i.referralCampaigns.filter(E=>E.results),N=[...new Set([...v.sharesByNetwork,...v.visitsByNetwork].map(E=>E.network))],W=(E,X)=>E.find(te=>te.network===X)?.count??0;return l`${f}
    <${so} program=${i.referralProgram} />
    <div class="kpis">
      <${We} name="revenue" title=${a("overview.revenue")} value=${D(h.firstOrderRevenue)}
        now=${h.firstOrderRevenue.amount} before=${y?.money.firstOrderRevenue.amount} />
      <${We} name="window-revenue" title=${a("overview.windowRevenue",{days:h.repeatWindowDays})}
        value=${D(h.windowRevenue)} now=${h.windowRevenue.amount} before=${y?.money.windowRevenue.amount} />
      <${We} name="cost" title=${a("overview.fullCost")} value=${D(h.totalCost)}
        now=${h.totalCost.amount} before=${y?.money.totalCost.amount} />
      <${We} name="roi" title=${a("overview.roi")} value=${G(h.returnOnRewards)}
        now=${h.returnOnRewards} before=${y?.money.returnOnRewards} />
      <${We} name="converted" title=${a("funnel.converted")} value=${I(v.converted)}
        now=${v.converted} before=${y?.funnel.converted} />
      <${We} name="flagged" title=${a("overview.flagged")} value=${I(i.summary?i.summary.flagged:0)} />
    </div>
    <div class="grid-2">
      <${k} title=${a("overview.funnel")} id="funnel">
        <${Rt} name="funnel" title=${a("overview.funnel")}
          items=${Ve.map(E=>({label:a(`funnel.${E}`),value:v[E]}))} />
        <p class="muted small">
          ${a("overview.rates",{visitToOrder:v.visitToOrderRate===null?"—":de(v.visitToOrderRate),linkOrders:v.linkOrders,visits:v.visits,orderToConverted:v.orderToConvertedRate===null?"—":de(v.orderToConvertedRate),reversed:v.reversed})}
        </p>
      <//>
      <${k} title=${a("overview.costs")} id="costs">
        <${Rt} name="costs" title=${a("overview.costs")} format=${R}
          items=${Gn.map(E=>({label:a(`cost.${E}`),value:h.costs[E].amount}))} />
        <p class="muted small">${a("overview.committed",{amount:D(h.committed)})}</p>
      <//>
    </div>
    ${y&&l`<${k} title=${a("overview.comparison")} id="comparison">
      <${nt} name="comparison" title=${a("overview.comparison")}
        labels=${Ve.map(E=>a(`funnel.${E}`))}
        series=${[{name:a("overview.thisPeriod"),values:Ve.map(E=>v[E])},{name:a("overview.previousPeriod"),values:Ve.map(E=>y.funnel[E])}]} />
    <//>`}
    <${k} title=${a("overview.overTime")} id="over-time">
      <${ao} starts=${s} query=${c} money=${R} />
    <//>
    <div class="grid-2">
      <${k} title=${a("overview.perCampaign")} id="per-campaign">
        ${C.length?l`<${nt}
              name="campaigns"
              title=${a("overview.perCampaign")}
              format=${R}
              labels=${C.map(E=>E.name)}
              series=${[{name:a("overview.revenue"),values:C.map(E=>E.results.referredRevenue.amount)},{name:a("cost.advocateRewards"),values:C.map(E=>E.results.rewardCost.amount)}]}
            />`:l`<${T} text=${a("overview.noCampaigns")} />`}
      <//>
      <${k} title=${a("overview.perTier")} id="per-tier">
        ${i.referralTiers.length?l`<${Rt}
              name="tiers"
              title=${a("overview.perTier")}
              items=${i.referralTiers.map(E=>({label:E.name,value:E.members}))}
            />`:l`<${T} text=${a("overview.noTiers")} />`}
      <//>
    </div>
    <div class="grid-2">
      <${k} title=${a("overview.networks")} id="networks">
        ${N.length?l`<${nt}
              name="networks"
              title=${a("overview.networks")}
              labels=${N.map(E=>S("network",E))}
              series=${[{name:a("funnel.shares"),values:N.map(E=>W(v.sharesByNetwork,E))},{name:a("funnel.visits"),values:N.map(E=>W(v.visitsByNetwork,E))}]}
            />`:l`<${T} />`}
      <//>
      <${k} title=${a("overview.leaderboard")} id="leaderboard">
        <${no} query=${p} />
      <//>
    </div>`}var De=`id status statusReason source advocateEmail friendEmail friendName code
  orderId orderNumber orderTotal { amount currency } createdAt
  history { fromStatus toStatus reason createdAt }
  rewards { id side kind status amount { amount currency } releaseAt voucherCode }`,Be="totalCount pageInfo { hasNextPage endCursor }",io=`mutation Review($id: ID!, $decision: ReferralReviewDecisionEnum!, $reason: String) {
  referralReview(id: $id, decision: $decision, reason: $reason) {
    referral { id status statusReason } ${P}
  }
}`;function ke({referral:e}){return l`<div class="details">
    <div>
      <h3>${a("referral.history")}</h3>
      <ol class="history">
        ${(e.history||[]).map(t=>l`<li>
            <${U} value=${t.createdAt} />
            <span>${t.fromStatus?S("status",t.fromStatus):"—"} ${Ue()} ${S("status",t.toStatus)}</span>
            <span class="muted">${t.reason}</span>
          </li>`)}
      </ol>
    </div>
    <div>
      <h3>${a("referral.rewards")}</h3>
      ${e.rewards.length?l`<ul class="plain">
            ${e.rewards.map(t=>l`<li>
                ${S("side",t.side)}${a("list.sep")}${S("kind",t.kind)}${a("list.sep")}${D(t.amount)}${a("list.sep")}
                <${re} value=${t.status} />
              </li>`)}
          </ul>`:l`<p class="muted">${a("nothing")}</p>`}
    </div>
  </div>`}function Ie({referral:e,onDone:t}){let[r,n]=_(null),[s,o]=_(""),[i,m]=_(!1),u=ve(null),c=O(io,"referralReview");K(()=>{let v=u.current;v&&(r&&!v.open&&(v.showModal?v.showModal():v.setAttribute("open",""),v.querySelector("textarea")?.focus()),!r&&v.open&&v.close())},[r]);let p=v=>{o(""),m(!1),n(v)};async function d(v){if(v.preventDefault(),!s.trim()){m(!0);return}let h=await c.run({id:e.id,decision:r,reason:s.trim()});if(h){let y=r;n(null),t(h.referral,y)}}let f=i?[{field:"reason",code:"REQUIRED",message:a("review.reasonRequired")},...c.errors]:c.errors,$=e.friendEmail||e.friendName||"—";return l`<div class="review-form" data-referral=${e.id}>
    <div class="actions">
      <button type="button" name="approve" disabled=${c.busy} onClick=${()=>p("APPROVE")}>${a("review.approve")}</button>
      <button type="button" name="reject" class="danger" disabled=${c.busy} onClick=${()=>p("REJECT")}>${a("review.reject")}</button>
    </div>
    <dialog ref=${u} class="review-dialog" data-decision=${r||""} onClose=${()=>n(null)}
      aria-labelledby=${`review-title-${e.id}`}>
      <form method="dialog" name="review" onSubmit=${d} noValidate>
        <h2 id=${`review-title-${e.id}`}>${a(r==="REJECT"?"review.confirmReject":"review.confirmApprove")}</h2>
        <p class="muted">${a("review.confirmText",{friend:$,advocate:e.advocateEmail||"—"})}</p>
        <${g} label=${a("review.reason")} name="reason" errors=${f}>
          <textarea name="reason" rows="3" required value=${s} onInput=${v=>{o(v.target.value),m(!1)}}></textarea>
        <//>
        <${V} errors=${c.errors} fields=${["reason"]} />
        <div class="actions">
          <button type="submit" name="confirm" class=${r==="REJECT"?"danger":""} disabled=${c.busy}>
            ${a("review.confirm")}
          </button>
          <button type="button" name="cancel" class="secondary" onClick=${()=>n(null)}>${a("cancel")}</button>
        </div>
      </form>
    </dialog>
  </div>`}function At({referral:e,open:t,onToggle:r,children:n}){let s=o=>{(o.key==="Enter"||o.key===" ")&&(o.preventDefault(),r())};return l`<tr class="row" data-id=${e.id} onClick=${r} onKeyDown=${s}
      tabindex="0" aria-expanded=${t}>
      <td><${U} value=${e.createdAt} /></td>
      <td><${re} value=${e.status} /></td>
      <td>${e.advocateEmail||"—"}<br /><small class="muted">${e.code}</small></td>
      <td>${e.friendEmail||e.friendName||"—"}</td>
      <td>${e.orderNumber?`#${e.orderNumber}`:"—"}</td>
      <td><${Ee} value=${e.orderTotal} /></td>
      <td class="muted">${e.statusReason||S("source",e.source)}</td>
    </tr>
    ${t&&l`<tr class="expanded"><td colspan="7">${n}</td></tr>`}`}var Ct=()=>l`<thead><tr>
  <th>${a("col.created")}</th><th>${a("col.status")}</th><th>${a("col.advocate")}</th>
  <th>${a("col.friend")}</th><th>${a("col.order")}</th><th>${a("col.total")}</th><th>${a("col.reason")}</th>
</tr></thead>`;var lo=`query Queue($channel: String!, $after: String) {
  referrals(channel: $channel, filter: {status: [FLAGGED]}, first: 20, after: $after) {
    ${Be}
    edges { node { ${De} } }
  }
}`;function Kn(){let e=x(),t=Me(),[r,n]=_(null),{data:s,error:o,loading:i,reload:m}=M(lo,{channel:e.channel,after:t.after},[t.after]),u=s&&s.referrals;return l`<h1>${a("nav.review")}</h1>
    <p class="muted">${a("review.intro")}</p>
    ${r&&l`<p class="notice" role="status">${r}</p>`}
    ${i&&!s&&l`<${H} />`}
    <${L} error=${o} />
    ${u&&(u.edges.length?l`<ul class="queue">
          ${u.edges.map(({node:c})=>l`<li class="card queue-item" data-id=${c.id}>
              <header class="queue-head">
                <${re} value=${c.status} />
                <b>${c.advocateEmail}</b> ${Ue()} <b>${c.friendEmail||c.friendName}</b>
                <span class="muted">${c.orderNumber?`#${c.orderNumber}`:""}</span>
                <${Ee} value=${c.orderTotal} />
                <${U} value=${c.createdAt} />
              </header>
              <p class="flag-reason">${c.statusReason}</p>
              <${ke} referral=${c} />
              <${Ie}
                referral=${c}
                onDone=${(p,d)=>{n(a(d==="APPROVE"?"review.approved":"review.rejected",{who:c.friendEmail||c.friendName})),m()}}
              />
            </li>`)}
        </ul>`:l`<${T} text=${a("review.empty")} />`)}
    <${He} pager=${t} connection=${u} />`}var co=["PENDING","QUALIFIED","APPROVED","REWARDED","FLAGGED","REJECTED","REVERSED"],uo=`query Referrals($channel: String!, $filter: ReferralFilterInput, $after: String, $language: String) {
  referrals(channel: $channel, filter: $filter, first: 25, after: $after) {
    ${Be}
    edges { node { ${De} } }
  }
  referralTiers(channel: $channel) { id name(languageCode: $language) }
}`,mo=`mutation Attribute($channel: String!, $advocateEmail: String!, $orderId: ID!, $source: ReferralManualSourceEnum) {
  referralCreate(channel: $channel, advocateEmail: $advocateEmail, orderId: $orderId, source: $source) {
    referral { id status } ${P}
  }
}`;function jn(e){let t={};return e.status&&(t.status=[e.status]),e.advocateEmail.trim()&&(t.advocateEmail=e.advocateEmail.trim()),e.friendEmail.trim()&&(t.friendEmail=e.friendEmail.trim()),e.createdFrom&&(t.createdFrom=Q(e.createdFrom)),e.createdTo&&(t.createdTo=Q(e.createdTo)),e.tier&&(t.tier=e.tier),t}function po({onDone:e}){let t=x(),r=z({advocateEmail:"",orderId:"",source:"MANUAL"}),n=O(mo,"referralCreate");async function s(o){o.preventDefault(),await n.run({channel:t.channel,...r.values})&&(r.setValues({advocateEmail:"",orderId:"",source:"MANUAL"}),e())}return l`<form class="inline-form" onSubmit=${s} name="attribute">
    <${g} label=${a("referrals.advocateEmail")} name="advocateEmail" errors=${n.errors}>
      <${w} name="advocateEmail" type="email" value=${r.values.advocateEmail} set=${r.set} required />
    <//>
    <${g} label=${a("referrals.orderId")} name="orderId" errors=${n.errors}>
      <${w} name="orderId" value=${r.values.orderId} set=${r.set} required />
    <//>
    <${g} label=${a("referrals.source")} name="source" errors=${n.errors}>
      <${Y} name="source" value=${r.values.source} set=${r.set}
        options=${["MANUAL","SURVEY"].map(o=>[o,S("source",o)])} />
    <//>
    <${V} errors=${n.errors} fields=${["advocateEmail","orderId","source"]} />
    <button type="submit" disabled=${n.busy}>${a("referrals.attribute")}</button>
  </form>`}function zn({query:e}){let t=x(),r=Me(),n={status:e.get("status")||"",advocateEmail:e.get("advocate")||"",friendEmail:"",createdFrom:"",createdTo:"",tier:""},s=z(n),[o,i]=_(()=>jn(n)),[m,u]=_(null),{data:c,error:p,loading:d,reload:f}=M(uo,{channel:t.channel,filter:o,after:r.after,language:se()},[JSON.stringify(o),r.after]),$=c&&c.referrals;return l`<h1>${a("nav.referrals")}</h1>
    <form
      class="filters"
      name="filters"
      onSubmit=${v=>{v.preventDefault(),r.reset(),i(jn(s.values))}}
    >
      <${g} label=${a("col.status")} name="status">
        <${Y} name="status" value=${s.values.status} set=${s.set}
          options=${[["",a("all")],...co.map(v=>[v,S("status",v)])]} />
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
      ${c&&c.referralTiers.length>0&&l`<${g} label=${a("col.tier")} name="tier">
        <${Y} name="tier" value=${s.values.tier} set=${s.set}
          options=${[["",a("all")],...c.referralTiers.map(v=>[v.id,v.name])]} />
      <//>`}
      <button type="submit">${a("filter.apply")}</button>
    </form>
    ${d&&!c&&l`<${H} />`}
    <${L} error=${p} />
    ${$&&($.edges.length?l`<table class="table referrals-table">
          <${Ct} />
          <tbody>
            ${$.edges.map(({node:v})=>l`<${At}
                referral=${v}
                open=${m===v.id}
                onToggle=${()=>u(m===v.id?null:v.id)}
              >
                <${ke} referral=${v} />
                ${["FLAGGED","PENDING","QUALIFIED"].includes(v.status)&&l`<${Ie} referral=${v} onDone=${f} />`}
              <//>`)}
          </tbody>
        </table>`:l`<${T} />`)}
    <${He} pager=${r} connection=${$} />
    <${k} title=${a("referrals.attributeTitle")} id="attribute">
      <p class="muted">${a("referrals.attributeIntro")}</p>
      <${po} onDone=${f} />
    <//>`}var fo=["HELD","ISSUED","CANCELLED","REVOKED","FAILED"],$o=["VOUCHER","STORE_CREDIT","DONATION","PERK"],St=`id side kind status amount { amount currency } releaseAt issuedAt voucherCode
  revokedAmount { amount currency } shortfallAmount { amount currency } statusReason recipientEmail createdAt`,ho=`query Rewards($channel: String!, $filter: ReferralRewardFilterInput, $after: String) {
  referralRewards(channel: $channel, filter: $filter, first: 25, after: $after) {
    ${Be}
    edges { node { ${St} } }
  }
}`,vo=`mutation Revoke($id: ID!, $reason: String!) {
  referralRewardRevoke(id: $id, reason: $reason) { reward { ${St} } ${P} }
}`;function go({reward:e,onDone:t}){let[r,n]=_(""),s=O(vo,"referralRewardRevoke");async function o(i){i.preventDefault();let m=await s.run({id:e.id,reason:r});m&&t(m.reward)}return l`<form class="inline-form revoke-form" onSubmit=${o} data-reward=${e.id}>
    <${g} label=${a("rewards.reason")} name="reason" errors=${s.errors}>
      <textarea name="reason" rows="2" value=${r} onInput=${i=>n(i.target.value)}></textarea>
    <//>
    <${V} errors=${s.errors} fields=${["reason"]} />
    <button type="submit" class="danger" name="revoke" disabled=${s.busy}>${a("rewards.revoke")}</button>
  </form>`}function vr({connection:e,onChanged:t}){let[r,n]=_(null);return e.edges.length?l`<table class="table rewards-table">
    <thead><tr>
      <th>${a("col.created")}</th><th>${a("col.status")}</th><th>${a("col.recipient")}</th><th>${a("col.kind")}</th>
      <th>${a("col.amount")}</th><th>${a("col.release")}</th><th>${a("col.taken")}</th><th>${a("col.reason")}</th><th></th>
    </tr></thead>
    <tbody>
      ${e.edges.map(({node:s})=>l`<tr data-id=${s.id}>
            <td><${U} value=${s.createdAt} /></td>
            <td><${re} value=${s.status} /></td>
            <td>${s.recipientEmail||"—"}<br /><small class="muted">${S("side",s.side)}</small></td>
            <td>${S("kind",s.kind)}${s.voucherCode?l`<br /><code>${s.voucherCode}</code>`:""}</td>
            <td><${Ee} value=${s.amount} /></td>
            <td><${U} value=${s.releaseAt} time=${!1} /></td>
            <td>${s.revokedAmount.amount||s.shortfallAmount.amount?l`<${Ee} value=${s.revokedAmount} /><br /><small class="muted">${a("rewards.shortfall")} <${Ee} value=${s.shortfallAmount} /></small>`:l`<span class="muted">—</span>`}</td>
            <td class="muted">${s.statusReason||""}</td>
            <td>${["HELD","ISSUED"].includes(s.status)&&l`<button type="button" class="secondary" name="open-revoke" onClick=${()=>n(r===s.id?null:s.id)}>${a("rewards.revoke")}…</button>`}</td>
          </tr>
          ${r===s.id&&l`<tr class="expanded"><td colspan="9"><${go} reward=${s} onDone=${()=>{n(null),t()}} /></td></tr>`}`)}
    </tbody>
  </table>`:l`<${T} />`}function _o(e){let t={};return e.status&&(t.status=[e.status]),e.kind&&(t.kind=[e.kind]),e.recipientEmail.trim()&&(t.recipientEmail=e.recipientEmail.trim()),e.createdFrom&&(t.createdFrom=Q(e.createdFrom)),e.createdTo&&(t.createdTo=Q(e.createdTo)),t}function Jn(){let e=x(),t=Me(),r=z({status:"",kind:"",recipientEmail:"",createdFrom:"",createdTo:""}),[n,s]=_({}),{data:o,error:i,loading:m,reload:u}=M(ho,{channel:e.channel,filter:n,after:t.after},[JSON.stringify(n),t.after]),c=o&&o.referralRewards;return l`<h1>${a("nav.rewards")}</h1>
    <form class="filters" name="filters" onSubmit=${p=>{p.preventDefault(),t.reset(),s(_o(r.values))}}>
      <${g} label=${a("col.status")} name="status">
        <${Y} name="status" value=${r.values.status} set=${r.set}
          options=${[["",a("all")],...fo.map(p=>[p,S("status",p)])]} />
      <//>
      <${g} label=${a("col.kind")} name="kind">
        <${Y} name="kind" value=${r.values.kind} set=${r.set}
          options=${[["",a("all")],...$o.map(p=>[p,S("kind",p)])]} />
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
    ${m&&!o&&l`<${H} />`}
    <${L} error=${i} />
    ${c&&l`<${vr} connection=${c} onChanged=${u} />`}
    <${He} pager=${t} connection=${c} />`}var yo=`id name translations { language name } rank minReferrals minRevenue { amount currency }
  window windowDays rewardMultiplier rewardFixed { amount currency } entryReward { type amount { amount currency } }
  memberDiscountPercent earlyAccessCollections earlyAccessUntil`,wo="id slug name translations { language name } referrals bonus { type amount { amount currency } }",st="id status reason total done createdAt finishedAt",bo=`query Ladder($channel: String!) {
  referralTiers(channel: $channel) { ${yo} }
  referralMilestones(channel: $channel) { ${wo} }
}`,Eo=`mutation TierCreate($channel: String!, $input: ReferralTierInput!, $pay: Boolean) {
  referralTierCreate(channel: $channel, input: $input, payEntryRewards: $pay) { tier { id } placement { ${st} } ${P} }
}`,Ro=`mutation TierUpdate($id: ID!, $input: ReferralTierInput!, $pay: Boolean, $reason: String) {
  referralTierUpdate(id: $id, input: $input, payEntryRewards: $pay, reason: $reason) { tier { id } placement { ${st} } ${P} }
}`,Ao=`mutation TierDelete($id: ID!, $reason: String!) {
  referralTierDelete(id: $id, reason: $reason) { membersMoved ${P} }
}`,Co=`mutation MilestoneCreate($channel: String!, $input: ReferralMilestoneInput!, $pay: Boolean) {
  referralMilestoneCreate(channel: $channel, input: $input, payBonuses: $pay) { milestone { id } placement { ${st} } ${P} }
}`,So=`mutation MilestoneUpdate($id: ID!, $input: ReferralMilestoneInput!, $pay: Boolean) {
  referralMilestoneUpdate(id: $id, input: $input, payBonuses: $pay) { milestone { id } placement { ${st} } ${P} }
}`,xo=`mutation MilestoneDelete($id: ID!) { referralMilestoneDelete(id: $id) { deleted ${P} } }`,Do=`query Placement($id: ID!) { referralTierPlacement(id: $id) { ${st} } }`,ko=`query TierHistory($channel: String!, $email: String!, $language: String) {
  referralTierHistory(channel: $channel, advocateEmail: $email) {
    advocateEmail demoteAfter tier { name(languageCode: $language) }
    changes { kind fromTier toTier convertedReferrals reason createdAt }
  }
}`,at=(e,t)=>(e&&e.translations||[]).find(r=>r.language===t)?.name||"",Qn=e=>at(e,se())||e.name,Io=[["","—"],["VOUCHER",null],["STORE_CREDIT",null]],Zn=()=>Io.map(([e,t])=>[e,t||S("kind",e)]);function To(e){return{name:e?.name||"",name_fa:at(e,"fa"),name_ar:at(e,"ar"),rank:e?.rank??"",minReferrals:e?.minReferrals??"",minRevenue:e?.minRevenue?.amount??"",window:e?.window||"LIFETIME",windowDays:e?.windowDays??"",rewardMultiplier:e?.rewardMultiplier??"",rewardFixed:e?.rewardFixed?.amount??"",entryKind:e?.entryReward?.type||"",entryAmount:e?.entryReward?.amount?.amount??"",memberDiscountPercent:e?.memberDiscountPercent??"",earlyAccessCollections:(e?.earlyAccessCollections||[]).join(", "),earlyAccessUntil:fe(e?.earlyAccessUntil),reason:"",pay:!1}}function Po(e){return{name:e.name,translations:rt(e,"name"),rank:pe(e.rank),minReferrals:pe(e.minReferrals),minRevenue:J(e.minRevenue),window:e.window,windowDays:pe(e.windowDays),rewardMultiplier:J(e.rewardMultiplier),rewardFixed:J(e.rewardFixed),entryReward:e.entryKind?{type:e.entryKind,amount:J(e.entryAmount)??0}:null,memberDiscountPercent:J(e.memberDiscountPercent),earlyAccessCollections:e.earlyAccessCollections.split(",").map(t=>t.trim()).filter(Boolean),earlyAccessUntil:Q(e.earlyAccessUntil)}}var Oo=["name","translations","rank","minReferrals","minRevenue","window","windowDays","rewardMultiplier","rewardFixed","entryReward","memberDiscountPercent","earlyAccessCollections","earlyAccessUntil","reason"];function No({placement:e}){let t=x(),[r,n]=_(e);return K(()=>{if(n(e),!e)return;let s,o=async()=>{try{let i=await t.gql(Do,{id:e.id});n(i.referralTierPlacement),i.referralTierPlacement&&!i.referralTierPlacement.finishedAt&&(s=setTimeout(o,1500))}catch{}};return e.finishedAt||(s=setTimeout(o,1500)),()=>clearTimeout(s)},[e&&e.id]),r?l`<p class="notice placement" role="status">
    ${a("tiers.placement",{done:r.done,total:r.total})}
    <progress max=${r.total||1} value=${r.done}></progress>
    ${r.finishedAt?a("tiers.placementDone"):""}
  </p>`:null}function Yn({tier:e,onDone:t,onCancel:r}){let n=x(),s=z(To(e)),o=O(Eo,"referralTierCreate"),i=O(Ro,"referralTierUpdate"),m=e?i:o,{values:u,set:c}=s;async function p(f){f.preventDefault();let $={input:Po(u),pay:u.pay},v=e?await i.run({...$,id:e.id,reason:u.reason||null}):await o.run({...$,channel:n.channel});v&&t(v.placement)}let d=m.errors;return l`<form class="entity-form" name="tier" onSubmit=${p} noValidate>
    <div class="form-grid">
      <${g} label=${a("tiers.name")} name="name" errors=${d}><${w} name="name" value=${u.name} set=${c} /><//>
      <${g} label=${a("tiers.nameFa")} name="translations" errors=${d}><${w} name="name_fa" value=${u.name_fa} set=${c} dir="rtl" /><//>
      <${g} label=${a("tiers.nameAr")} name="name_ar"><${w} name="name_ar" value=${u.name_ar} set=${c} dir="rtl" /><//>
      <${g} label=${a("tiers.rank")} name="rank" errors=${d}><${w} name="rank" type="number" value=${u.rank} set=${c} /><//>
      <${g} label=${a("tiers.minReferrals")} name="minReferrals" errors=${d}><${w} name="minReferrals" type="number" value=${u.minReferrals} set=${c} /><//>
      <${g} label=${a("tiers.minRevenue")} name="minRevenue" errors=${d}><${w} name="minRevenue" type="number" step="any" value=${u.minRevenue} set=${c} /><//>
      <${g} label=${a("tiers.window")} name="window" errors=${d}>
        <${Y} name="window" value=${u.window} set=${c} options=${["LIFETIME","ROLLING","CALENDAR_YEAR"].map(f=>[f,S("window",f)])} />
      <//>
      <${g} label=${a("tiers.windowDays")} name="windowDays" errors=${d}><${w} name="windowDays" type="number" value=${u.windowDays} set=${c} /><//>
      <${g} label=${a("tiers.rewardMultiplier")} name="rewardMultiplier" errors=${d}><${w} name="rewardMultiplier" type="number" step="any" value=${u.rewardMultiplier} set=${c} /><//>
      <${g} label=${a("tiers.rewardFixed")} name="rewardFixed" errors=${d}><${w} name="rewardFixed" type="number" step="any" value=${u.rewardFixed} set=${c} /><//>
      <${g} label=${a("tiers.entryReward")} name="entryReward" errors=${d}>
        <span class="pair">
          <${Y} name="entryKind" value=${u.entryKind} set=${c} options=${Zn()} />
          <${w} name="entryAmount" type="number" step="any" value=${u.entryAmount} set=${c} />
        </span>
      <//>
      <${g} label=${a("tiers.memberDiscount")} name="memberDiscountPercent" errors=${d}><${w} name="memberDiscountPercent" type="number" step="any" value=${u.memberDiscountPercent} set=${c} /><//>
      <${g} label=${a("tiers.earlyAccess")} name="earlyAccessCollections" errors=${d} hint=${a("tiers.earlyAccessHint")}><${w} name="earlyAccessCollections" value=${u.earlyAccessCollections} set=${c} /><//>
      <${g} label=${a("tiers.earlyAccessUntil")} name="earlyAccessUntil" errors=${d}><${w} name="earlyAccessUntil" type="datetime-local" value=${u.earlyAccessUntil} set=${c} /><//>
      ${e&&l`<${g} label=${a("tiers.reason")} name="reason" errors=${d} hint=${a("tiers.reasonHint")}><${w} name="reason" value=${u.reason} set=${c} /><//>`}
    </div>
    <${be} name="pay" value=${u.pay} set=${c} text=${a("tiers.payEntryRewards")} />
    <${V} errors=${d} fields=${Oo} />
    <div class="actions">
      <button type="submit" disabled=${m.busy}>${e?a("save"):a("tiers.create")}</button>
      ${r&&l`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function Fo({tier:e,onDone:t}){let[r,n]=_(""),s=O(Ao,"referralTierDelete");return l`<form class="inline-form" onSubmit=${async o=>{o.preventDefault();let i=await s.run({id:e.id,reason:r});i&&t(i.membersMoved)}}>
    <${g} label=${a("tiers.deleteReason")} name="reason" errors=${s.errors}>
      <input name="reason" value=${r} onInput=${o=>n(o.target.value)} />
    <//>
    <${V} errors=${s.errors} fields=${["reason"]} />
    <button type="submit" class="danger">${a("delete")}</button>
  </form>`}function Lo(e){return{slug:e?.slug||"",name:e?.name||"",name_fa:at(e,"fa"),name_ar:at(e,"ar"),referrals:e?.referrals??"",bonusKind:e?.bonus?.type||"",bonusAmount:e?.bonus?.amount?.amount??"",pay:!1}}function Xn({milestone:e,onDone:t,onCancel:r}){let n=x(),s=z(Lo(e)),o=O(Co,"referralMilestoneCreate"),i=O(So,"referralMilestoneUpdate"),m=e?i:o,{values:u,set:c}=s;async function p(f){f.preventDefault();let $={slug:u.slug,name:u.name,translations:rt(u,"name"),referrals:pe(u.referrals),bonus:u.bonusKind?{type:u.bonusKind,amount:J(u.bonusAmount)??0}:null},v=e?await i.run({id:e.id,input:$,pay:u.pay}):await o.run({channel:n.channel,input:$,pay:u.pay});v&&t(v.placement)}let d=m.errors;return l`<form class="entity-form" name="milestone" onSubmit=${p} noValidate>
    <div class="form-grid">
      <${g} label=${a("milestones.slug")} name="slug" errors=${d}><${w} name="slug" value=${u.slug} set=${c} /><//>
      <${g} label=${a("tiers.name")} name="name" errors=${d}><${w} name="name" value=${u.name} set=${c} /><//>
      <${g} label=${a("tiers.nameFa")} name="translations" errors=${d}><${w} name="name_fa" value=${u.name_fa} set=${c} dir="rtl" /><//>
      <${g} label=${a("tiers.nameAr")} name="name_ar"><${w} name="name_ar" value=${u.name_ar} set=${c} dir="rtl" /><//>
      <${g} label=${a("milestones.referrals")} name="referrals" errors=${d}><${w} name="referrals" type="number" value=${u.referrals} set=${c} /><//>
      <${g} label=${a("milestones.bonus")} name="bonus" errors=${d}>
        <span class="pair">
          <${Y} name="bonusKind" value=${u.bonusKind} set=${c} options=${Zn()} />
          <${w} name="bonusAmount" type="number" step="any" value=${u.bonusAmount} set=${c} />
        </span>
      <//>
    </div>
    <${be} name="pay" value=${u.pay} set=${c} text=${a("milestones.payBonuses")} />
    <${V} errors=${d} fields=${["slug","name","translations","referrals","bonus"]} />
    <div class="actions">
      <button type="submit" disabled=${m.busy}>${e?a("save"):a("milestones.create")}</button>
      ${r&&l`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function Uo(){let e=x(),[t,r]=_(""),[n,s]=_(null),[o,i]=_(null);async function m(u){u.preventDefault();try{let c=await e.gql(ko,{channel:e.channel,email:t,language:se()});s(c.referralTierHistory||{changes:[],none:!0}),i(null)}catch(c){i(c)}}return l`<form class="inline-form" name="tier-history" onSubmit=${m}>
      <${g} label=${a("col.advocate")} name="advocateEmail">
        <input name="advocateEmail" type="email" value=${t} onInput=${u=>r(u.target.value)} />
      <//>
      <button type="submit">${a("tiers.historyShow")}</button>
    </form>
    <${L} error=${o} />
    ${n&&(n.none?l`<${T} />`:l`<p>${a("tiers.now")}: <b>${n.tier?n.tier.name:"—"}</b>
          ${n.demoteAfter&&l`${a("list.sep")}${a("tiers.demoteAfter")} <${U} value=${n.demoteAfter} />`}</p>
        <table class="table"><thead><tr><th>${a("col.created")}</th><th>${a("col.kind")}</th><th>${a("tiers.fromTo")}</th><th>${a("tiers.converted")}</th><th>${a("col.reason")}</th></tr></thead>
        <tbody>${n.changes.map(u=>l`<tr>
          <td><${U} value=${u.createdAt} /></td><td>${S("tierChange",u.kind)}</td>
          <td>${u.fromTier||"—"} ${Ue()} ${u.toTier||"—"}</td><td class="num">${I(u.convertedReferrals)}</td>
          <td class="muted">${u.reason}</td></tr>`)}</tbody></table>`)}`}function ea(){let e=x(),{data:t,error:r,loading:n,reload:s}=M(bo,{channel:e.channel}),[o,i]=_(null),[m,u]=_(null),[c,p]=_(null),[d,f]=_(null),$=h=>y=>{i(null),u(null),p(y||null),f(h),s()};if(n&&!t)return l`<h1>${a("nav.tiers")}</h1><${H} />`;if(r)return l`<h1>${a("nav.tiers")}</h1><${L} error=${r} />`;let v=h=>[h.rewardMultiplier&&a("perk.multiplier",{value:I(h.rewardMultiplier)}),h.rewardFixed&&a("perk.fixed",{amount:D(h.rewardFixed)}),h.entryReward&&a("perk.entry",{amount:D(h.entryReward.amount)}),h.memberDiscountPercent&&a("perk.discount",{percent:de(Number(h.memberDiscountPercent)/100)}),h.earlyAccessCollections.length&&a("perk.earlyAccess",{count:h.earlyAccessCollections.length})].filter(Boolean).join(a("list.sep"));return l`<h1>${a("nav.tiers")}</h1>
    ${d&&l`<p class="notice" role="status">${d}</p>`}
    <${No} placement=${c} />
    <${k} title=${a("tiers.ladder")} id="tiers">
      ${t.referralTiers.length?l`<table class="table tiers-table"><thead><tr>
            <th>${a("tiers.rank")}</th><th>${a("tiers.name")}</th><th>${a("tiers.rule")}</th><th>${a("tiers.perks")}</th><th></th>
          </tr></thead><tbody>
          ${t.referralTiers.map(h=>l`<tr data-id=${h.id}>
              <td class="num">${I(h.rank)}</td><td class="tier-name">${Qn(h)}</td>
              <td>${a("tiers.ruleText",{count:h.minReferrals,window:S("window",h.window)})}
                ${h.minRevenue?l`${a("list.sep")}${D(h.minRevenue)}`:""}</td>
              <td class="perks">${v(h)}</td>
              <td class="row-actions">
                <button type="button" class="secondary" name="edit" onClick=${()=>i(o===h.id?null:h.id)}>${a("edit")}</button>
                <button type="button" class="secondary" name="delete" onClick=${()=>u(m===h.id?null:h.id)}>${a("delete")}</button>
              </td>
            </tr>
            ${o===h.id&&l`<tr class="expanded"><td colspan="5"><${Yn} tier=${h} onDone=${$(a("saved"))} onCancel=${()=>i(null)} /></td></tr>`}
            ${m===h.id&&l`<tr class="expanded"><td colspan="5"><${Fo} tier=${h} onDone=${y=>$(a("tiers.deleted",{count:y||0}))()} /></td></tr>`}`)}
          </tbody></table>`:l`<${T} text=${a("tiers.none")} />`}
    <//>
    <${k} title=${a("tiers.new")} id="new-tier">
      <${Yn} key=${`new-${t.referralTiers.length}`} onDone=${$(a("tiers.created"))} />
    <//>
    <${k} title=${a("milestones.title")} id="milestones">
      ${t.referralMilestones.length?l`<table class="table milestones-table"><thead><tr>
            <th>${a("milestones.referrals")}</th><th>${a("tiers.name")}</th><th>${a("milestones.bonus")}</th><th></th></tr></thead><tbody>
            ${t.referralMilestones.map(h=>l`<tr data-id=${h.id}>
                <td class="num">${I(h.referrals)}</td><td>${Qn(h)} <small class="muted">${h.slug}</small></td>
                <td>${h.bonus?`${S("kind",h.bonus.type)} ${D(h.bonus.amount)}`:"—"}</td>
                <td class="row-actions">
                  <button type="button" class="secondary" name="edit" onClick=${()=>i(o===h.id?null:h.id)}>${a("edit")}</button>
                  <${Mo} milestone=${h} onDone=${$(a("deleted"))} />
                </td>
              </tr>
              ${o===h.id&&l`<tr class="expanded"><td colspan="4"><${Xn} milestone=${h} onDone=${$(a("saved"))} onCancel=${()=>i(null)} /></td></tr>`}`)}
          </tbody></table>`:l`<${T} />`}
      <h3>${a("milestones.new")}</h3>
      <${Xn} key=${`new-m-${t.referralMilestones.length}`} onDone=${$(a("milestones.created"))} />
    <//>
    <${k} title=${a("tiers.history")} id="tier-history"><${Uo} /><//>`}function Mo({milestone:e,onDone:t}){let r=O(xo,"referralMilestoneDelete");return l`<button type="button" class="secondary" name="delete" disabled=${r.busy}
    onClick=${async()=>{if(!confirm(a("confirmDelete")))return;await r.run({id:e.id})&&t()}}>${a("delete")}</button>`}var Ho=`id name state startsAt endsAt imageUrl copy { language title description }
  friendOffer { type value currency minSpent { amount currency } }
  advocateReward { amount { amount currency } multiplier }
  switches { kind reason createdAt }
  results { referrals converted referredRevenue { amount currency } rewardCost { amount currency } }`,Wo=`query Campaigns($channel: String!) { referralCampaigns(channel: $channel) { ${Ho} } }`,Vo=`mutation CampaignCreate($channel: String!, $input: ReferralCampaignInput!) {
  referralCampaignCreate(channel: $channel, input: $input) { campaign { id } ${P} }
}`,Bo=`mutation CampaignUpdate($channel: String, $id: ID!, $input: ReferralCampaignInput!) {
  referralCampaignUpdate(channel: $channel, id: $id, input: $input) { campaign { id } ${P} }
}`,_r=["en","fa","ar"],gr=Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC";function ta(e){let t=e?new Date(e):null;return!t||Number.isNaN(t.getTime())?"":a("time.utc",{time:t.toISOString().slice(0,16).replace("T"," ")})}var Go=["name","copy","imageUrl","startsAt","endsAt","friendOffer","advocateReward"];function qo(e){let t=Object.fromEntries((e?.copy||[]).map(n=>[n.language,n])),r={name:e?.name||"",imageUrl:e?.imageUrl||"",startsAt:fe(e?.startsAt),endsAt:fe(e?.endsAt),offerType:e?.friendOffer?.type||"",offerValue:e?.friendOffer?.value??"",offerMinSpent:e?.friendOffer?.minSpent?.amount??"",rewardAmount:e?.advocateReward?.amount?.amount??"",rewardMultiplier:e?.advocateReward?.multiplier??""};for(let n of _r)r[`title_${n}`]=t[n]?.title||"",r[`description_${n}`]=t[n]?.description||"";return r}function ra(e){return{name:e.name,copy:_r.filter(t=>e[`title_${t}`].trim()).map(t=>({language:t,title:e[`title_${t}`].trim(),description:e[`description_${t}`]})),imageUrl:e.imageUrl||null,startsAt:Q(e.startsAt),endsAt:Q(e.endsAt),friendOffer:e.offerType?{type:e.offerType,value:J(e.offerValue),minSpent:J(e.offerMinSpent)}:null,advocateReward:e.rewardAmount!==""||e.rewardMultiplier!==""?{amount:J(e.rewardAmount),multiplier:J(e.rewardMultiplier)}:null}}function na({campaign:e,onDone:t,onCancel:r}){let n=x(),s=z(qo(e)),o=O(Vo,"referralCampaignCreate"),i=O(Bo,"referralCampaignUpdate"),m=e?i:o,{values:u,set:c}=s,p=m.errors;async function d(f){f.preventDefault(),(e?await i.run({channel:n.channel,id:e.id,input:ra(u)}):await o.run({channel:n.channel,input:ra(u)}))&&t()}return l`<form class="entity-form" name="campaign" onSubmit=${d} noValidate>
    <div class="form-grid">
      <${g} label=${a("campaigns.name")} name="name" errors=${p}><${w} name="name" value=${u.name} set=${c} /><//>
      <${g} label=${`${a("campaigns.startsAt")} (${a("time.zone",{zone:gr})})`} name="startsAt" errors=${p} hint=${ta(u.startsAt)}><${w} name="startsAt" type="datetime-local" value=${u.startsAt} set=${c} /><//>
      <${g} label=${`${a("campaigns.endsAt")} (${a("time.zone",{zone:gr})})`} name="endsAt" errors=${p} hint=${ta(u.endsAt)}><${w} name="endsAt" type="datetime-local" value=${u.endsAt} set=${c} /><//>
      <${g} label=${a("campaigns.imageUrl")} name="imageUrl" errors=${p}><${w} name="imageUrl" type="url" value=${u.imageUrl} set=${c} /><//>
    </div>
    <fieldset class="form-grid" data-field="copy">
      <legend>${a("campaigns.copy")}</legend>
      ${_r.map(f=>l`
        <${g} label=${`${a("campaigns.title")} (${a(`language.${f}`)})`} name=${f==="en"?"copy":`title_${f}`} errors=${f==="en"?p:[]}>
          <${w} name=${`title_${f}`} value=${u[`title_${f}`]} set=${c} dir=${f==="en"?"ltr":"rtl"} />
        <//>
        <${g} label=${`${a("campaigns.description")} (${a(`language.${f}`)})`} name=${`description_${f}`}>
          <${w} name=${`description_${f}`} value=${u[`description_${f}`]} set=${c} dir=${f==="en"?"ltr":"rtl"} />
        <//>`)}
    </fieldset>
    <div class="form-grid">
      <${g} label=${a("campaigns.friendOffer")} name="friendOffer" errors=${p}>
        <span class="pair">
          <${Y} name="offerType" value=${u.offerType} set=${c}
            options=${[["",a("campaigns.programOffer")],...["PERCENTAGE","FIXED","FREE_SHIPPING"].map(f=>[f,S("discount",f)])]} />
          <${w} name="offerValue" type="number" step="any" value=${u.offerValue} set=${c} placeholder=${a("campaigns.value")} />
          <${w} name="offerMinSpent" type="number" step="any" value=${u.offerMinSpent} set=${c} placeholder=${a("campaigns.minSpent")} />
        </span>
      <//>
      <${g} label=${a("campaigns.advocateReward")} name="advocateReward" errors=${p}>
        <span class="pair">
          <${w} name="rewardAmount" type="number" step="any" value=${u.rewardAmount} set=${c} placeholder=${a("campaigns.amount")} />
          <${w} name="rewardMultiplier" type="number" step="any" value=${u.rewardMultiplier} set=${c} placeholder=${a("campaigns.multiplier")} />
        </span>
      <//>
    </div>
    <${V} errors=${p} fields=${Go} />
    <div class="actions">
      <button type="submit" disabled=${m.busy}>${e?a("save"):a("campaigns.create")}</button>
      ${r&&l`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function aa(){let e=x(),{data:t,error:r,loading:n,reload:s}=M(Wo,{channel:e.channel}),[o,i]=_(null),[m,u]=_(null),c=p=>()=>{i(null),u(p),s()};return n&&!t?l`<h1>${a("nav.campaigns")}</h1><${H} />`:r?l`<h1>${a("nav.campaigns")}</h1><${L} error=${r} />`:l`<h1>${a("nav.campaigns")}</h1>
    ${m&&l`<p class="notice" role="status">${m}</p>`}
    <${k} title=${a("nav.campaigns")} id="campaigns">
      ${t.referralCampaigns.length?l`<table class="table campaigns-table"><thead><tr>
            <th>${a("campaigns.name")}</th><th>${a("col.status")}</th><th>${a("campaigns.window")} <small class="muted">(${gr})</small></th>
            <th>${a("campaigns.results")}</th><th></th></tr></thead><tbody>
          ${t.referralCampaigns.map(p=>l`<tr data-id=${p.id}>
              <td>${p.name}</td>
              <td><${re} value=${p.state} /></td>
              <td><${U} value=${p.startsAt} /> – <${U} value=${p.endsAt} /></td>
              <td>${p.results?l`${a("campaigns.resultsText",{referrals:p.results.referrals,converted:p.results.converted})}<br />
                  <small>${D(p.results.referredRevenue)} / ${D(p.results.rewardCost)}</small>`:"—"}</td>
              <td class="row-actions">${p.state!=="ENDED"&&l`<button type="button" class="secondary" name="edit" onClick=${()=>i(o===p.id?null:p.id)}>${a("edit")}</button>`}</td>
            </tr>
            ${o===p.id&&l`<tr class="expanded"><td colspan="5">
              <${na} campaign=${p} onDone=${c(a("saved"))} onCancel=${()=>i(null)} />
              ${p.switches&&p.switches.length>0&&l`<h3>${a("campaigns.switches")}</h3>
                <ul class="plain">${p.switches.map(d=>l`<li><${U} value=${d.createdAt} /> ${S("switch",d.kind)} <span class="muted">${d.reason}</span></li>`)}</ul>`}
            </td></tr>`}`)}
          </tbody></table>`:l`<${T} text=${a("campaigns.none")} />`}
    <//>
    <${k} title=${a("campaigns.new")} id="new-campaign">
      <${na} key=${`new-${t.referralCampaigns.length}`} onDone=${c(a("campaigns.created"))} />
    <//>`}var Ko=`id method position kind amount { amount currency } description winnerName winnerEmail
  winnerReferrals rewardStatus fulfilledAt fulfilledBy`,jo=`id name translations { language name } startsAt endsAt decideAfter minReferrals state seed decidedAt decidedBy
  entrants prizeCost { amount currency } referredRevenue { amount currency } prizes { ${Ko} }`,zo=`query Contests($channel: String!) { referralContests(channel: $channel) { ${jo} } }`,Jo=`query Standings($channel: String!, $contest: ID!) {
  referralLeaderboard(channel: $channel, contest: $contest, first: 20) { rank name convertedReferrals }
}`,Qo=`mutation ContestCreate($channel: String!, $input: ReferralContestInput!) {
  referralContestCreate(channel: $channel, input: $input) { contest { id } ${P} }
}`,Yo=`mutation ContestUpdate($channel: String, $id: ID!, $input: ReferralContestInput!) {
  referralContestUpdate(channel: $channel, id: $id, input: $input) { contest { id } ${P} }
}`,Xo=`mutation ContestDecide($channel: String, $id: ID!, $seed: String) {
  referralContestDecide(channel: $channel, id: $id, seed: $seed) { contest { id state } ${P} }
}`,Zo=`mutation PrizeFulfil($channel: String, $id: ID!, $note: String) {
  referralContestPrizeFulfil(channel: $channel, id: $id, note: $note) { prize { id fulfilledAt } ${P} }
}`,ei=["name","translations","startsAt","endsAt","minReferrals","prizes"],sa=()=>({method:"RANK",kind:"VOUCHER",amount:"",description:""}),oa=(e,t)=>(e?.translations||[]).find(r=>r.language===t)?.name||"";function ia({contest:e,onDone:t,onCancel:r}){let n=x(),s=z({name:e?.name||"",name_fa:oa(e,"fa"),name_ar:oa(e,"ar"),startsAt:fe(e?.startsAt),endsAt:fe(e?.endsAt),minReferrals:e?.minReferrals??""}),[o,i]=_(e?e.prizes.map(h=>({method:h.method,kind:h.kind,amount:h.amount.amount,description:h.description})):[sa()]),m=O(Qo,"referralContestCreate"),u=O(Yo,"referralContestUpdate"),c=e?u:m,{values:p,set:d}=s,f=c.errors,$=(h,y,b)=>i(o.map((R,G)=>G===h?{...R,[y]:b}:R));async function v(h){h.preventDefault();let y={name:p.name,translations:rt(p,"name"),startsAt:Q(p.startsAt),endsAt:Q(p.endsAt),minReferrals:pe(p.minReferrals),prizes:o.map(R=>({method:R.method,kind:R.kind,amount:J(R.amount),description:R.description}))};(e?await u.run({channel:n.channel,id:e.id,input:y}):await m.run({channel:n.channel,input:y}))&&t()}return l`<form class="entity-form" name="contest" onSubmit=${v} noValidate>
    <div class="form-grid">
      <${g} label=${a("contests.name")} name="name" errors=${f}><${w} name="name" value=${p.name} set=${d} /><//>
      <${g} label=${a("tiers.nameFa")} name="translations" errors=${f}><${w} name="name_fa" value=${p.name_fa} set=${d} dir="rtl" /><//>
      <${g} label=${a("tiers.nameAr")} name="name_ar"><${w} name="name_ar" value=${p.name_ar} set=${d} dir="rtl" /><//>
      <${g} label=${a("campaigns.startsAt")} name="startsAt" errors=${f}><${w} name="startsAt" type="datetime-local" value=${p.startsAt} set=${d} /><//>
      <${g} label=${a("campaigns.endsAt")} name="endsAt" errors=${f}><${w} name="endsAt" type="datetime-local" value=${p.endsAt} set=${d} /><//>
      <${g} label=${a("contests.minReferrals")} name="minReferrals" errors=${f}><${w} name="minReferrals" type="number" value=${p.minReferrals} set=${d} /><//>
    </div>
    <${g} label=${a("contests.prizes")} name="prizes" errors=${f}>
      <div class="prizes">
        ${o.map((h,y)=>l`<div class="pair prize" data-prize=${y}>
          <select name=${`prize-method-${y}`} onChange=${b=>$(y,"method",b.target.value)}>
            ${["RANK","DRAW"].map(b=>l`<option value=${b} selected=${h.method===b}>${S("method",b)}</option>`)}
          </select>
          <select name=${`prize-kind-${y}`} onChange=${b=>$(y,"kind",b.target.value)}>
            ${["VOUCHER","STORE_CREDIT","PHYSICAL"].map(b=>l`<option value=${b} selected=${h.kind===b}>${S("kind",b)}</option>`)}
          </select>
          <input name=${`prize-amount-${y}`} type="number" step="any" placeholder=${a("campaigns.amount")} value=${h.amount} onInput=${b=>$(y,"amount",b.target.value)} />
          <input name=${`prize-description-${y}`} placeholder=${a("contests.description")} value=${h.description} onInput=${b=>$(y,"description",b.target.value)} />
          <button type="button" class="secondary" onClick=${()=>i(o.filter((b,R)=>R!==y))}>×</button>
        </div>`)}
        <button type="button" class="secondary" name="add-prize" onClick=${()=>i([...o,sa()])}>${a("contests.addPrize")}</button>
      </div>
    <//>
    <${V} errors=${f} fields=${ei} />
    <div class="actions">
      <button type="submit" disabled=${c.busy}>${e?a("save"):a("contests.create")}</button>
      ${r&&l`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function ti({contest:e}){let t=x(),{data:r,error:n,loading:s}=M(Jo,{channel:t.channel,contest:e.id},[e.id]);if(s)return l`<${H} />`;if(n)return l`<${L} error=${n} />`;let o=r.referralLeaderboard||[];return o.length?l`<ol class="leaderboard standings">${o.map(i=>l`<li><span>${i.name||a("anonymous")}</span><b class="num">${I(i.convertedReferrals)}</b></li>`)}</ol>`:l`<${T} />`}function ri({contest:e,onDone:t}){let r=x(),[n,s]=_(""),o=O(Xo,"referralContestDecide");return l`<form class="inline-form" name="decide" onSubmit=${async i=>{i.preventDefault(),await o.run({channel:r.channel,id:e.id,seed:n||null})&&t()}}>
    <${g} label=${a("contests.seed")} name="seed" errors=${o.errors} hint=${a("contests.seedHint")}>
      <input name="seed" value=${n} onInput=${i=>s(i.target.value)} />
    <//>
    <${V} errors=${o.errors} fields=${["seed"]} />
    <button type="submit" name="decide" disabled=${o.busy}>${a("contests.decide")}</button>
  </form>`}function ni({prize:e,onDone:t}){let r=x(),[n,s]=_(""),o=O(Zo,"referralContestPrizeFulfil");return l`<form class="inline-form fulfil-form" data-prize=${e.id} onSubmit=${async i=>{i.preventDefault(),await o.run({channel:r.channel,id:e.id,note:n||null})&&t()}}>
    <input name="note" placeholder=${a("contests.note")} value=${n} onInput=${i=>s(i.target.value)} />
    <button type="submit" name="fulfil" disabled=${o.busy}>${a("contests.fulfil")}</button>
    <${V} errors=${o.errors} fields=${[]} />
  </form>`}function ai({contest:e,onChanged:t}){return l`<table class="table prizes-table"><thead><tr>
    <th>#</th><th>${a("contests.method")}</th><th>${a("col.kind")}</th><th>${a("col.amount")}</th><th>${a("contests.winner")}</th><th>${a("contests.fulfilled")}</th></tr></thead>
    <tbody>${e.prizes.map(r=>l`<tr data-id=${r.id}>
      <td class="num">${I(r.position)}</td><td>${S("method",r.method)}</td>
      <td>${S("kind",r.kind)} <small class="muted">${r.description}</small></td>
      <td>${D(r.amount)}</td>
      <td>${r.winnerEmail?l`${r.winnerName||""} <small>${r.winnerEmail}</small>${a("list.sep")}${I(r.winnerReferrals)}`:"—"}</td>
      <td>${r.fulfilledAt?l`<${U} value=${r.fulfilledAt} /> <small class="muted">${r.fulfilledBy}</small>`:r.kind==="PHYSICAL"&&r.winnerEmail?l`<${ni} prize=${r} onDone=${t} />`:r.rewardStatus?S("status",r.rewardStatus.toUpperCase()):"—"}</td>
    </tr>`)}</tbody></table>`}function la(){let e=x(),{data:t,error:r,loading:n,reload:s}=M(zo,{channel:e.channel}),[o,i]=_(null),[m,u]=_(null),[c,p]=_(null),d=f=>()=>{u(null),p(f),s()};return n&&!t?l`<h1>${a("nav.contests")}</h1><${H} />`:r?l`<h1>${a("nav.contests")}</h1><${L} error=${r} />`:l`<h1>${a("nav.contests")}</h1>
    ${c&&l`<p class="notice" role="status">${c}</p>`}
    <${k} title=${a("nav.contests")} id="contests">
      ${t.referralContests.length?l`<ul class="contest-list">${t.referralContests.map(f=>l`<li class="card contest" data-id=${f.id}>
            <header class="queue-head">
              <b>${f.name}</b> <${re} value=${f.state} />
              <span><${U} value=${f.startsAt} /> – <${U} value=${f.endsAt} /></span>
              <span class="muted">${a("contests.threshold",{count:f.minReferrals})}</span>
              ${f.entrants!==null&&l`<span>${a("contests.entrants",{count:f.entrants})}</span>`}
              ${f.prizeCost&&l`<span>${D(f.prizeCost)} / ${D(f.referredRevenue)}</span>`}
              <button type="button" class="secondary" name="open" onClick=${()=>i(o===f.id?null:f.id)}>${a("contests.details")}</button>
              ${f.state==="OPEN"&&l`<button type="button" class="secondary" name="edit" onClick=${()=>u(m===f.id?null:f.id)}>${a("edit")}</button>`}
            </header>
            ${m===f.id&&l`<${ia} contest=${f} onDone=${d(a("saved"))} onCancel=${()=>u(null)} />`}
            ${o===f.id&&l`<div class="details">
              <div><h3>${a("contests.standings")}</h3><${ti} contest=${f} /></div>
              <div><h3>${a("contests.prizes")}</h3><${ai} contest=${f} onChanged=${d(a("contests.fulfilledNotice"))} />
                ${f.state==="OPEN"?l`<${ri} contest=${f} onDone=${d(a("contests.decided"))} />`:l`<p class="muted">${a("contests.decidedBy",{who:f.decidedBy||"",seed:f.seed||""})}</p>`}
              </div>
            </div>`}
          </li>`)}</ul>`:l`<${T} text=${a("contests.none")} />`}
    <//>
    <${k} title=${a("contests.new")} id="new-contest">
      <${ia} key=${`new-${t.referralContests.length}`} onDone=${d(a("contests.created"))} />
    <//>`}var si=`id name description url imageUrl goal { amount currency } donatePerReferral { amount currency } isActive
  raised { amount currency } pending { amount currency } paidOut { amount currency } shortfall { amount currency } donations progress`,oi=`query Causes($channel: String!) { referralCauses(channel: $channel) { ${si} } }`,ii=`mutation CauseCreate($channel: String!, $input: ReferralCauseInput!) {
  referralCauseCreate(channel: $channel, input: $input) { cause { id } ${P} }
}`,li=`mutation CauseUpdate($id: ID!, $input: ReferralCauseInput!) {
  referralCauseUpdate(id: $id, input: $input) { cause { id } ${P} }
}`,ci=`mutation Payout($cause: ID!, $reference: String) {
  referralDonationPayoutRecord(cause: $cause, reference: $reference) {
    payout { amount { amount currency } reference donations createdAt } ${P}
  }
}`,ui=["name","description","url","imageUrl","goal","donatePerReferral","isActive"];function ca({cause:e,onDone:t,onCancel:r}){let n=x(),s=z({name:e?.name||"",description:e?.description||"",url:e?.url||"",imageUrl:e?.imageUrl||"",goal:e?.goal?.amount??"",donatePerReferral:e?.donatePerReferral?.amount??"",isActive:e?e.isActive:!0}),o=O(ii,"referralCauseCreate"),i=O(li,"referralCauseUpdate"),m=e?i:o,{values:u,set:c}=s,p=m.errors;async function d(f){f.preventDefault();let $={name:u.name,description:u.description,url:u.url||null,imageUrl:u.imageUrl||null,goal:J(u.goal),donatePerReferral:J(u.donatePerReferral),isActive:u.isActive};(e?await i.run({id:e.id,input:$}):await o.run({channel:n.channel,input:$}))&&t()}return l`<form class="entity-form" name="cause" onSubmit=${d} noValidate>
    <div class="form-grid">
      <${g} label=${a("causes.name")} name="name" errors=${p}><${w} name="name" value=${u.name} set=${c} /><//>
      <${g} label=${a("causes.description")} name="description" errors=${p}><${w} name="description" value=${u.description} set=${c} /><//>
      <${g} label=${a("causes.url")} name="url" errors=${p}><${w} name="url" type="url" value=${u.url} set=${c} /><//>
      <${g} label=${a("campaigns.imageUrl")} name="imageUrl" errors=${p}><${w} name="imageUrl" type="url" value=${u.imageUrl} set=${c} /><//>
      <${g} label=${a("causes.goal")} name="goal" errors=${p}><${w} name="goal" type="number" step="any" value=${u.goal} set=${c} /><//>
      <${g} label=${a("causes.perReferral")} name="donatePerReferral" errors=${p}><${w} name="donatePerReferral" type="number" step="any" value=${u.donatePerReferral} set=${c} /><//>
    </div>
    <${be} name="isActive" value=${u.isActive} set=${c} text=${a("active")} />
    <${V} errors=${p} fields=${ui} />
    <div class="actions">
      <button type="submit" disabled=${m.busy}>${e?a("save"):a("causes.create")}</button>
      ${r&&l`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function di({cause:e,onDone:t}){let[r,n]=_(""),s=O(ci,"referralDonationPayoutRecord");return l`<form class="inline-form payout-form" data-cause=${e.id} onSubmit=${async o=>{o.preventDefault();let i=await s.run({cause:e.id,reference:r||null});i&&t(i.payout)}}>
    <${g} label=${a("causes.reference")} name="reference" errors=${s.errors}>
      <input name="reference" value=${r} onInput=${o=>n(o.target.value)} />
    <//>
    <${V} errors=${s.errors} fields=${["reference"]} />
    <button type="submit" name="payout" disabled=${s.busy}>${a("causes.recordPayout")}</button>
  </form>`}function ua(){let e=x(),{data:t,error:r,loading:n,reload:s}=M(oi,{channel:e.channel}),[o,i]=_(null),[m,u]=_(null),[c,p]=_(null),d=f=>()=>{i(null),u(null),p(f),s()};return n&&!t?l`<h1>${a("nav.causes")}</h1><${H} />`:r?l`<h1>${a("nav.causes")}</h1><${L} error=${r} />`:l`<h1>${a("nav.causes")}</h1>
    ${c&&l`<p class="notice" role="status">${c}</p>`}
    <${k} title=${a("nav.causes")} id="causes">
      ${t.referralCauses.length?l`<table class="table causes-table"><thead><tr>
            <th>${a("causes.name")}</th><th>${a("causes.raised")}</th><th>${a("causes.pending")}</th><th>${a("causes.paidOut")}</th>
            <th>${a("causes.shortfall")}</th><th>${a("causes.donations")}</th><th>${a("causes.progress")}</th><th></th></tr></thead><tbody>
          ${t.referralCauses.map(f=>l`<tr data-id=${f.id}>
              <td>${f.name}${f.isActive?"":l` <small class="muted">(${a("inactive")})</small>`}</td>
              <td class="num">${D(f.raised)}</td><td class="num">${D(f.pending)}</td>
              <td class="num" data-field="paidOut">${D(f.paidOut)}</td><td class="num">${D(f.shortfall)}</td>
              <td class="num">${I(f.donations)}</td>
              <td>${f.progress===null?"—":l`<progress max="1" value=${Math.min(f.progress,1)}></progress> ${de(f.progress)}`}</td>
              <td class="row-actions">
                <button type="button" class="secondary" name="edit" onClick=${()=>i(o===f.id?null:f.id)}>${a("edit")}</button>
                <button type="button" class="secondary" name="open-payout" onClick=${()=>u(m===f.id?null:f.id)}>${a("causes.recordPayout")}…</button>
              </td>
            </tr>
            ${o===f.id&&l`<tr class="expanded"><td colspan="8"><${ca} cause=${f} onDone=${d(a("saved"))} onCancel=${()=>i(null)} /></td></tr>`}
            ${m===f.id&&l`<tr class="expanded"><td colspan="8">
              <p class="muted">${a("causes.payoutIntro",{amount:D(f.pending)})}</p>
              <${di} cause=${f} onDone=${$=>d(a("causes.paid",{amount:D($.amount)}))()} />
            </td></tr>`}`)}
          </tbody></table>`:l`<${T} text=${a("causes.none")} />`}
    <//>
    <${k} title=${a("causes.new")} id="new-cause">
      <${ca} key=${`new-${t.referralCauses.length}`} onDone=${d(a("causes.created"))} />
    <//>`}var mi=`id name description startsAt capacity seatsLeft minTier { id name(languageCode: $language) } guestPassesPerMember isActive
  cost { amount currency } invitedMembers passesRedeemed`,pi=`query Events($channel: String!, $language: String) {
  referralEvents(channel: $channel) { ${mi} }
  referralTiers(channel: $channel) { id name(languageCode: $language) }
}`,fi=`mutation EventCreate($channel: String!, $input: ReferralEventInput!, $invite: Boolean) {
  referralEventCreate(channel: $channel, input: $input, inviteMembers: $invite) { event { id } ${P} }
}`,$i=`mutation EventUpdate($id: ID!, $input: ReferralEventInput!, $invite: Boolean) {
  referralEventUpdate(id: $id, input: $input, inviteMembers: $invite) { event { id } ${P} }
}`,hi=["name","description","startsAt","capacity","minTier","guestPassesPerMember","cost","isActive"];function da({event:e,tiers:t,onDone:r,onCancel:n}){let s=x(),o=z({name:e?.name||"",description:e?.description||"",startsAt:fe(e?.startsAt),capacity:e?.capacity??"",minTier:e?.minTier?.id||"",guestPassesPerMember:e?.guestPassesPerMember??"",cost:e?.cost?.amount??"",isActive:e?e.isActive:!0,invite:!e}),i=O(fi,"referralEventCreate"),m=O($i,"referralEventUpdate"),u=e?m:i,{values:c,set:p}=o,d=u.errors;async function f($){$.preventDefault();let v={name:c.name,description:c.description,startsAt:Q(c.startsAt),capacity:pe(c.capacity),minTier:c.minTier||null,guestPassesPerMember:pe(c.guestPassesPerMember),cost:J(c.cost),isActive:c.isActive};(e?await m.run({id:e.id,input:v,invite:c.invite}):await i.run({channel:s.channel,input:v,invite:c.invite}))&&r()}return l`<form class="entity-form" name="event" onSubmit=${f} noValidate>
    <div class="form-grid">
      <${g} label=${a("events.name")} name="name" errors=${d}><${w} name="name" value=${c.name} set=${p} /><//>
      <${g} label=${a("causes.description")} name="description" errors=${d}><${w} name="description" value=${c.description} set=${p} /><//>
      <${g} label=${a("events.startsAt")} name="startsAt" errors=${d}><${w} name="startsAt" type="datetime-local" value=${c.startsAt} set=${p} /><//>
      <${g} label=${a("events.capacity")} name="capacity" errors=${d}><${w} name="capacity" type="number" value=${c.capacity} set=${p} /><//>
      <${g} label=${a("events.minTier")} name="minTier" errors=${d}>
        <${Y} name="minTier" value=${c.minTier} set=${p} options=${[["",a("events.everyone")],...t.map($=>[$.id,$.name])]} />
      <//>
      <${g} label=${a("events.passes")} name="guestPassesPerMember" errors=${d}><${w} name="guestPassesPerMember" type="number" value=${c.guestPassesPerMember} set=${p} /><//>
      <${g} label=${a("events.cost")} name="cost" errors=${d}><${w} name="cost" type="number" step="any" value=${c.cost} set=${p} /><//>
    </div>
    <${be} name="isActive" value=${c.isActive} set=${p} text=${a("active")} />
    <${be} name="invite" value=${c.invite} set=${p} text=${a("events.invite")} />
    <${V} errors=${d} fields=${hi} />
    <div class="actions">
      <button type="submit" disabled=${u.busy}>${e?a("save"):a("events.create")}</button>
      ${n&&l`<button type="button" class="secondary" onClick=${n}>${a("cancel")}</button>`}
    </div>
  </form>`}function ma(){let e=x(),{data:t,error:r,loading:n,reload:s}=M(pi,{channel:e.channel,language:se()}),[o,i]=_(null),[m,u]=_(null),c=p=>()=>{i(null),u(p),s()};return n&&!t?l`<h1>${a("nav.events")}</h1><${H} />`:r?l`<h1>${a("nav.events")}</h1><${L} error=${r} />`:l`<h1>${a("nav.events")}</h1>
    ${m&&l`<p class="notice" role="status">${m}</p>`}
    <${k} title=${a("nav.events")} id="events">
      ${t.referralEvents.length?l`<table class="table events-table"><thead><tr>
            <th>${a("events.name")}</th><th>${a("events.startsAt")}</th><th>${a("events.seats")}</th><th>${a("events.minTier")}</th>
            <th>${a("events.invited")}</th><th>${a("events.redeemed")}</th><th>${a("events.cost")}</th><th></th></tr></thead><tbody>
          ${t.referralEvents.map(p=>l`<tr data-id=${p.id}>
              <td>${p.name}${p.isActive?"":l` <small class="muted">(${a("inactive")})</small>`}</td>
              <td><${U} value=${p.startsAt} /></td>
              <td class="num">${I(p.seatsLeft)} / ${I(p.capacity)}</td>
              <td>${p.minTier?p.minTier.name:a("events.everyone")}</td>
              <td class="num">${p.invitedMembers===null?"—":I(p.invitedMembers)}</td>
              <td class="num">${I(p.passesRedeemed)}</td>
              <td>${p.cost?D(p.cost):"—"}</td>
              <td class="row-actions"><button type="button" class="secondary" name="edit" onClick=${()=>i(o===p.id?null:p.id)}>${a("edit")}</button></td>
            </tr>
            ${o===p.id&&l`<tr class="expanded"><td colspan="8"><${da} event=${p} tiers=${t.referralTiers} onDone=${c(a("saved"))} onCancel=${()=>i(null)} /></td></tr>`}`)}
          </tbody></table>`:l`<${T} text=${a("events.none")} />`}
    <//>
    <${k} title=${a("events.new")} id="new-event">
      <${da} key=${`new-${t.referralEvents.length}`} tiers=${t.referralTiers} onDone=${c(a("events.created"))} />
    <//>`}var vi=`query Customer($channel: String!, $id: ID!, $language: String) {
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
}`,gi=`query OrderReferral($channel: String!, $order: ID!) {
  referrals(channel: $channel, filter: {order: $order}, first: 5) { totalCount edges { node { ${De} } } }
}`;function pa(e,t,r){for(let n of t){let s=e.get(n);if(s){if(n!=="id")return s;try{if(atob(s).startsWith(`${r}:`))return s}catch{}}}return null}function _i({connection:e,onChanged:t}){let[r,n]=_(null);return e.edges.length?l`<table class="table referrals-table"><${Ct} /><tbody>
    ${e.edges.map(({node:s})=>l`<${At} referral=${s} open=${r===s.id}
        onToggle=${()=>n(r===s.id?null:s.id)}>
        <${ke} referral=${s} />
        ${["FLAGGED","PENDING","QUALIFIED"].includes(s.status)&&l`<${Ie} referral=${s} onDone=${t} />`}
      <//>`)}
  </tbody></table>`:l`<${T} />`}function xt({title:e,value:t}){return l`<div class="kpi"><span class="kpi-title">${e}</span><strong class="num">${t}</strong></div>`}function fa({query:e}){let t=x(),r=pa(e,["customerId","customer","id"],"User"),{data:n,error:s,loading:o,reload:i}=M(vi,{channel:t.channel,id:r||"",language:se()},[r]);if(!r)return l`<h1>${a("customer.title")}</h1><${T} text=${a("customer.missing")} />`;if(o&&!n)return l`<h1>${a("customer.title")}</h1><${H} />`;if(s)return l`<h1>${a("customer.title")}</h1><${L} error=${s} />`;let m=n.referralCustomer;return m?l`<h1>${a("customer.title")}</h1>
    <div class="kpis">
      <${xt} title=${a("customer.code")} value=${m.code||"—"} />
      <${xt} title=${a("col.tier")} value=${m.tier?m.tier.name:"—"} />
      <${xt} title=${a("customer.friends")} value=${I(m.stats.friends)} />
      <${xt} title=${a("customer.earned")} value=${D(m.stats.earned)} />
    </div>
    <p class="muted">
      ${a("customer.statsText",{visits:m.stats.visits,orders:m.stats.orders,pending:m.stats.pending,rewarded:m.stats.rewarded})}
      ${m.nextTier&&l`${a("list.sep")}${a("customer.nextTier",{tier:m.nextTier.tier.name,count:m.nextTier.referralsNeeded})}`}
      ${m.tierAtRiskUntil&&l`${a("list.sep")}${a("customer.atRisk")} <${U} value=${m.tierAtRiskUntil} />`}
      ${m.memberDiscountCode&&l`${a("list.sep")}${a("customer.memberCode")} <code>${m.memberDiscountCode}</code>`}
    </p>
    ${m.badges.length>0&&l`<p class="badges">${m.badges.map(u=>l`<span class="badge">${u.name}</span>`)}</p>`}
    <${k} title=${a("customer.referrals",{count:n.referrals.totalCount})} id="customer-referrals">
      <${_i} connection=${n.referrals} onChanged=${i} />
    <//>
    <${k} title=${a("customer.rewards",{count:n.referralRewards.totalCount})} id="customer-rewards">
      <${vr} connection=${n.referralRewards} onChanged=${i} />
    <//>`:l`<h1>${a("customer.title")}</h1><${T} text=${a("customer.none")} />`}function $a({query:e}){let t=x(),r=pa(e,["orderId","order","id"],"Order"),{data:n,error:s,loading:o,reload:i}=M(gi,{channel:t.channel,order:r||""},[r]);if(!r)return l`<h1>${a("order.title")}</h1><${T} text=${a("order.missing")} />`;if(o&&!n)return l`<h1>${a("order.title")}</h1><${H} />`;if(s)return l`<h1>${a("order.title")}</h1><${L} error=${s} />`;let m=n.referrals.edges[0]&&n.referrals.edges[0].node;return m?l`<h1>${a("order.title")}</h1>
    <div class="card order-referral" data-id=${m.id}>
      <p><${re} value=${m.status} /> ${m.statusReason}</p>
      <p>${a("col.advocate")}: <b>${m.advocateEmail}</b> (${m.code})${a("list.sep")}${a("col.friend")}: <b>${m.friendEmail||m.friendName}</b></p>
      <${ke} referral=${m} />
      ${["FLAGGED","PENDING","QUALIFIED"].includes(m.status)&&l`<${Ie} referral=${m} onDone=${i} />`}
    </div>`:l`<h1>${a("order.title")}</h1><${T} text=${a("order.none")} />`}var yi=["REFERRALS","REWARDS","DONATIONS","FUNNEL"],ha=`id kind status statusReason progress rowsDone rowsTotal url requestedBy createdAt finishedAt
  periodStart periodEnd`,wi=`query Exports($channel: String!) {
  referralExportFiles(channel: $channel, first: 20) { ${ha} }
  referralCampaigns(channel: $channel) { id name }
}`,bi=`mutation Export($channel: String!, $kind: ReferralExportKindEnum!, $period: ReferralExportPeriodInput, $campaign: ID) {
  referralExport(channel: $channel, kind: $kind, period: $period, campaign: $campaign) {
    exportFile { ${ha} } ${P}
  }
}`,Ei=new Set(["PENDING","RUNNING"]);function Ri({campaigns:e,onDone:t}){let r=x(),n=z({kind:"REFERRALS",from:"",to:"",campaign:""}),s=O(bi,"referralExport"),{values:o,set:i}=n;async function m(u){u.preventDefault();let c=o.from||o.to?{gte:Q(o.from),lte:Q(o.to)}:null,p=await s.run({channel:r.channel,kind:o.kind,period:c,campaign:o.campaign||null});p&&t(p.exportFile)}return l`<form class="inline-form" name="export" onSubmit=${m} noValidate>
    <${g} label=${a("exports.kind")} name="kind" errors=${s.errors}>
      <${Y} name="kind" value=${o.kind} set=${i} options=${yi.map(u=>[u,S("export",u)])} />
    <//>
    <${g} label=${a("filter.from")} name="period" errors=${s.errors}>
      <${w} name="from" type="datetime-local" value=${o.from} set=${i} />
    <//>
    <${g} label=${a("filter.to")} name="to">
      <${w} name="to" type="datetime-local" value=${o.to} set=${i} />
    <//>
    <${g} label=${a("exports.campaign")} name="campaign" errors=${s.errors}>
      <${Y} name="campaign" value=${o.campaign} set=${i}
        options=${[["",a("all")],...e.map(u=>[u.id,u.name])]} />
    <//>
    <${V} errors=${s.errors} fields=${["kind","period","campaign"]} />
    <button type="submit" disabled=${s.busy}>${a("exports.request")}</button>
  </form>`}function Ai({file:e}){return e.status==="SUCCESS"?l`<span>${a("exports.rows",{count:e.rowsDone})}</span>`:e.progress===null?l`<span class="muted">${a("exports.counting")}</span>`:l`<span><progress max="1" value=${e.progress}></progress> ${de(e.progress)}
    <small class="muted">${I(e.rowsDone)} / ${I(e.rowsTotal??0)}</small></span>`}function va(){let e=x(),{data:t,error:r,loading:n,reload:s}=M(wi,{channel:e.channel}),[o,i]=_(null),m=!!t&&t.referralExportFiles.some(u=>Ei.has(u.status));return K(()=>{if(!m)return;let u=setTimeout(s,1500);return()=>clearTimeout(u)},[m,t]),n&&!t?l`<h1>${a("nav.exports")}</h1><${H} />`:r?l`<h1>${a("nav.exports")}</h1><${L} error=${r} />`:l`<h1>${a("nav.exports")}</h1>
    ${o&&l`<p class="notice" role="status">${o}</p>`}
    <${k} title=${a("exports.new")} id="new-export">
      <p class="muted">${a("exports.intro")}</p>
      <${Ri} campaigns=${t.referralCampaigns} onDone=${()=>{i(a("exports.requested")),s()}} />
    <//>
    <${k} title=${a("exports.files")} id="exports">
      ${t.referralExportFiles.length?l`<table class="table exports-table"><thead><tr>
            <th>${a("col.created")}</th><th>${a("exports.kind")}</th><th>${a("col.status")}</th><th>${a("exports.progress")}</th>
            <th>${a("exports.by")}</th><th></th></tr></thead><tbody>
          ${t.referralExportFiles.map(u=>l`<tr data-id=${u.id} data-status=${u.status}>
            <td><${U} value=${u.createdAt} /></td>
            <td>${S("export",u.kind)}${u.periodStart||u.periodEnd?l`<br /><small class="muted"><${U} value=${u.periodStart} time=${!1} /> – <${U} value=${u.periodEnd} time=${!1} /></small>`:""}</td>
            <td><${re} value=${u.status} />${u.status==="FAILED"?l`<br /><small class="muted">${u.statusReason}</small>`:""}</td>
            <td><${Ai} file=${u} /></td>
            <td class="muted">${u.requestedBy}</td>
            <td>${u.url?l`<a class="download" href=${u.url} download>${a("exports.download")}</a>`:""}</td>
          </tr>`)}
          </tbody></table>`:l`<${T} text=${a("exports.none")} />`}
    <//>`}var Dt={overview:qn,review:Kn,referrals:zn,rewards:Jn,tiers:ea,campaigns:aa,contests:la,causes:ua,events:ma,exports:va,customer:fa,order:$a},ga=["overview","review","referrals","rewards","tiers","campaigns","contests","causes","events","exports"];var Ci="query Channels { channels { slug name } }";function _a(e,t){let[r,n]=_(null);return K(()=>{e(Ci).then(s=>n((s.channels||[]).map(o=>({...o,active:t[o.slug]===!0}))),()=>n([]))},[e]),r}function ya(e,t){let r=(e||[]).find(n=>n.slug===t);return r?r.name:t}function Si(e,t){let r=new URL(location.href),n=r.pathname.startsWith(e.base)?r.pathname.slice(e.base.length):"";r.pathname=e.shopBase+n,r.searchParams.set("channel",t);let s=Rn();return s&&r.searchParams.set(dr,s),r.toString()}async function xi(e,t){let r;try{r=await fetch(e,{credentials:"same-origin",headers:{Accept:"text/html"}})}catch(n){t({status:0,url:e,reason:String(n.message||n)});return}if(!r.ok){t({status:r.status,url:e,reason:(await r.text()).slice(0,300)});return}location.assign(e)}function wa({channels:e,channel:t,config:r,onError:n}){return!e||e.length<2?null:l`<label class="channel-switch">
    <span class="field-label">${a("channel.label")}</span>
    <select name="channel" onChange=${s=>xi(Si(r,s.target.value),n)}>
      ${e.map(s=>l`<option value=${s.slug} selected=${s.slug===t} data-active=${String(s.active)}
          title=${a(s.active?"channel.titleActive":"channel.titleInactive",{name:s.name})}>
          ${a(s.active?"channel.optionActive":"channel.optionInactive",{name:s.name})}
        </option>`)}
    </select>
  </label>`}function yr({config:e,bridge:t,children:r}){let n=e.settingsPath;if(!n)return null;let s=e.dashboardUrl?`${e.dashboardUrl}${n}`:n;function o(i){!t||!t.current||i.ctrlKey||i.metaKey||(i.preventDefault(),t.current.dispatch(Le.Redirect({to:n})).catch(()=>{window.open(s,"_top")}))}return l`<a class="settings-link" href=${s} target="_top" onClick=${o}>${r}</a>`}function ba({name:e,slug:t,config:r,bridge:n}){return l`<section class="card not-active" role="status" data-channel=${t}>
    <h1>${a("notActive.title",{name:e})}</h1>
    <p>${a("notActive.text",{name:e})}</p>
    <p><${yr} config=${r} bridge=${n}>${a("notActive.link")}<//></p>
  </section>`}function Ea({error:e,onBack:t}){let r=e.status===404?"error.notFound":e.status>=500?"error.server":"error.network";return l`<section class="card console-error" role="alert" data-status=${e.status}>
    <h1>${a("error.title",{status:e.status||"—"})}</h1>
    <p>${a(r)}</p>
    ${e.reason&&l`<pre class="muted">${e.reason}</pre>`}
    <p><button type="button" class="secondary" onClick=${t}>${a("error.back")}</button></p>
  </section>`}function Di({gql:e,onToken:t}){let r=z({email:"",password:""}),[n,s]=_([]),[o,i]=_(!1);async function m(u){u.preventDefault(),i(!0);try{let{payload:c,errors:p}=await ft(e,Sn,r.values,"tokenCreate");s(p),!p.length&&c.token&&t(c.token)}catch(c){s([{field:null,code:"INVALID",message:c.message}])}finally{i(!1)}}return l`<main class="sign-in">
    <form class="card" onSubmit=${m} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">${a("signIn.title")}</h1>
      <p class="muted">${a("signIn.intro")}</p>
      <${g} label=${a("signIn.email")} name="email" errors=${n}>
        <${w} name="email" type="email" value=${r.values.email} set=${r.set} required autocomplete="username" />
      <//>
      <${g} label=${a("signIn.password")} name="password" errors=${n}>
        <${w} name="password" type="password" value=${r.values.password} set=${r.set} required autocomplete="current-password" />
      <//>
      <${V} errors=${n} fields=${["email","password"]} />
      <button type="submit" disabled=${o}>${a("signIn.submit")}</button>
    </form>
  </main>`}function ki({onSignOut:e,framed:t}){return l`<main class="no-permission card" role="alert">
    <h1>${a("noPermission.title")}</h1>
    <p>${a("noPermission.text")}</p>
    ${!t&&l`<button type="button" onClick=${e}>${a("signOut")}</button>`}
  </main>`}function Ii({router:e}){let[t,r]=_("");return l`<main class="sign-in">
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
  </main>`}var Ti=new Set(["customer","order"]);function Pi({bridge:e,children:t}){let r=ve(null);return K(()=>{if(!r.current||typeof ResizeObserver>"u")return;let n=new ResizeObserver(()=>xn(e.current,r.current.scrollHeight));return n.observe(r.current),()=>n.disconnect()},[]),l`<main class="content embedded" ref=${r}>${t}</main>`}function Ra({config:e}){let t=ie(cr,[]),r=new URLSearchParams(location.search),n=ie(()=>Fn(e.base),[]),[s]=_(e.channel||r.get("channel")||""),[o,i]=_(()=>wt(r.get("lang"),t&&r.get("locale"),e.language)),[m,u]=_(()=>t?null:Cn()),[c,p]=_(e.saleorApiUrl||e.graphqlUrl),[d,f]=_(r.get("theme")||"light"),[$,v]=_("app"),h=ve(null);In(o),K(()=>{document.documentElement.dataset.theme=d},[d]),K(()=>{t&&(h.current=An(F=>{F.token&&u(F.token),F.saleorApiUrl&&p(F.saleorApiUrl),F.theme&&f(F.theme),F.locale&&!r.get("lang")&&i(wt(F.locale,o))}))},[]);let y=e.appMode?e.graphqlUrl:c,b=ie(()=>Kt(y,()=>m),[y,m]),R=ie(()=>Kt(c,()=>m),[c,m]),G=n.useRoute(),C=_a(R,e.programs||{}),[N,W]=_(null);function E(){mr(null),u(null),v("app")}let X=ya(C,s),te={gql:b,channel:s,channelName:X,router:n,navigate:n.navigate,framed:t,onApiError(F){F.kind==="permission"?v("no-permission"):F.kind==="auth"&&!t&&E()}};if(!m)return t?l`<p class="muted loading">${a("dashboard.waiting")}</p>`:l`<${Di}
      gql=${R}
      onToken=${F=>{mr(F),u(F)}}
    />`;if($==="no-permission")return l`<${ki} onSignOut=${E} framed=${t} />`;if(!s)return l`<${Ii} router=${n} />`;let Ge=Dt[G.page]||Dt.overview,Z=Dt[G.page]?G.page:"overview",_e=e.programs&&e.programs[s]!==!0,ot=l`<${Ge} query=${G.query} />`;return N?ot=l`<${Ea} error=${N} onBack=${()=>W(null)} />`:_e&&(ot=l`<${ba} name=${X} slug=${s} config=${e} bridge=${h} />`),t&&Ti.has(Z)?l`<${bt.Provider} value=${te}>
      <${Pi} bridge=${h} key=${`${Z}-${o}`}>${ot}<//>
    <//>`:l`<${bt.Provider} value=${te}>
    <div class="layout">
      <nav class="sidebar" aria-label=${a("nav.label")}>
        <div class="brand">${a("app.title")}<small class="channel-name" title=${s} data-slug=${s}>${X}</small></div>
        <ul>
          ${ga.map(F=>l`<li>
              <a
                href=${n.href(F)}
                class=${F===Z?"active":""}
                aria-current=${F===Z?"page":void 0}
                data-page=${F}
                onClick=${kt=>{kt.ctrlKey||kt.metaKey||(kt.preventDefault(),n.navigate(F))}}
              >${a(`nav.${F}`)}</a>
            </li>`)}
        </ul>
        <div class="sidebar-foot">
          <${wa} channels=${C} channel=${s} config=${e} onError=${W} />
          <${yr} config=${e} bridge=${h}>${a("settings.link")}<//>
          <label class="language">
            <span class="sr-only">${a("language")}</span>
            <select
              name="language"
              value=${se()}
              onChange=${F=>i(F.target.value)}
            >
              ${$r.map(F=>l`<option value=${F} selected=${F===o}>${a(`language.${F}`)}</option>`)}
            </select>
          </label>
          ${!t&&l`<button type="button" class="link" onClick=${E}>${a("signOut")}</button>`}
        </div>
      </nav>
      <main class="content" data-page=${Z} key=${`${Z}-${o}`}>
        ${ot}
      </main>
    </div>
  <//>`}ur();var Oi=JSON.parse(document.getElementById("referrals-console-config").textContent);Wt(l`<${Ra} config=${Oi} />`,document.getElementById("referrals-console"));
