var Ea=Object.create;var gr=Object.defineProperty;var Ra=Object.getOwnPropertyDescriptor;var Aa=Object.getOwnPropertyNames;var Ca=Object.getPrototypeOf,Sa=Object.prototype.hasOwnProperty;var Dt=(e,t)=>()=>(t||e((t={exports:{}}).exports,t),t.exports);var xa=(e,t,r,n)=>{if(t&&typeof t=="object"||typeof t=="function")for(let s of Aa(t))!Sa.call(e,s)&&s!==r&&gr(e,s,{get:()=>t[s],enumerable:!(n=Ra(t,s))||n.enumerable});return e};var kt=(e,t,r)=>(r=e!=null?Ea(Ca(e)):{},xa(t||!e||!e.__esModule?gr(r,"default",{value:e,enumerable:!0}):r,e));var Yr=Dt((Qi,Qr)=>{var Pe=1e3,Oe=Pe*60,Ne=Oe*60,Ae=Ne*24,Ga=Ae*7,qa=Ae*365.25;Qr.exports=function(e,t){t=t||{};var r=typeof e;if(r==="string"&&e.length>0)return Ka(e);if(r==="number"&&isFinite(e))return t.long?za(e):ja(e);throw new Error("val is not a non-empty string or a valid number. val="+JSON.stringify(e))};function Ka(e){if(e=String(e),!(e.length>100)){var t=/^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(e);if(t){var r=parseFloat(t[1]),n=(t[2]||"ms").toLowerCase();switch(n){case"years":case"year":case"yrs":case"yr":case"y":return r*qa;case"weeks":case"week":case"w":return r*Ga;case"days":case"day":case"d":return r*Ae;case"hours":case"hour":case"hrs":case"hr":case"h":return r*Ne;case"minutes":case"minute":case"mins":case"min":case"m":return r*Oe;case"seconds":case"second":case"secs":case"sec":case"s":return r*Pe;case"milliseconds":case"millisecond":case"msecs":case"msec":case"ms":return r;default:return}}}}function ja(e){var t=Math.abs(e);return t>=Ae?Math.round(e/Ae)+"d":t>=Ne?Math.round(e/Ne)+"h":t>=Oe?Math.round(e/Oe)+"m":t>=Pe?Math.round(e/Pe)+"s":e+"ms"}function za(e){var t=Math.abs(e);return t>=Ae?ft(e,t,Ae,"day"):t>=Ne?ft(e,t,Ne,"hour"):t>=Oe?ft(e,t,Oe,"minute"):t>=Pe?ft(e,t,Pe,"second"):e+" ms"}function ft(e,t,r,n){var s=t>=r*1.5;return Math.round(e/r)+" "+n+(s?"s":"")}});var Zr=Dt((Yi,Xr)=>{function Ja(e){r.debug=r,r.default=r,r.coerce=u,r.disable=i,r.enable=s,r.enabled=p,r.humanize=Yr(),r.destroy=c,Object.keys(e).forEach(m=>{r[m]=e[m]}),r.names=[],r.skips=[],r.formatters={};function t(m){let d=0;for(let f=0;f<m.length;f++)d=(d<<5)-d+m.charCodeAt(f),d|=0;return r.colors[Math.abs(d)%r.colors.length]}r.selectColor=t;function r(m){let d,f=null,$,v;function h(...y){if(!h.enabled)return;let w=h,R=Number(new Date),G=R-(d||R);w.diff=G,w.prev=d,w.curr=R,d=R,y[0]=r.coerce(y[0]),typeof y[0]!="string"&&y.unshift("%O");let C=0;y[0]=y[0].replace(/%([a-zA-Z%])/g,(M,E)=>{if(M==="%%")return"%";C++;let ee=r.formatters[E];if(typeof ee=="function"){let J=y[C];M=ee.call(w,J),y.splice(C,1),C--}return M}),r.formatArgs.call(w,y),(w.log||r.log).apply(w,y)}return h.namespace=m,h.useColors=r.useColors(),h.color=r.selectColor(m),h.extend=n,h.destroy=r.destroy,Object.defineProperty(h,"enabled",{enumerable:!0,configurable:!1,get:()=>f!==null?f:($!==r.namespaces&&($=r.namespaces,v=r.enabled(m)),v),set:y=>{f=y}}),typeof r.init=="function"&&r.init(h),h}function n(m,d){let f=r(this.namespace+(typeof d>"u"?":":d)+m);return f.log=this.log,f}function s(m){r.save(m),r.namespaces=m,r.names=[],r.skips=[];let d=(typeof m=="string"?m:"").trim().replace(" ",",").split(",").filter(Boolean);for(let f of d)f[0]==="-"?r.skips.push(f.slice(1)):r.names.push(f)}function o(m,d){let f=0,$=0,v=-1,h=0;for(;f<m.length;)if($<d.length&&(d[$]===m[f]||d[$]==="*"))d[$]==="*"?(v=$,h=f,$++):(f++,$++);else if(v!==-1)$=v+1,h++,f=h;else return!1;for(;$<d.length&&d[$]==="*";)$++;return $===d.length}function i(){let m=[...r.names,...r.skips.map(d=>"-"+d)].join(",");return r.enable(""),m}function p(m){for(let d of r.skips)if(o(m,d))return!1;for(let d of r.names)if(o(m,d))return!0;return!1}function u(m){return m instanceof Error?m.stack||m.message:m}function c(){console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.")}return r.enable(r.load()),r}Xr.exports=Ja});var ht=Dt((ae,$t)=>{ae.formatArgs=Ya;ae.save=Xa;ae.load=Za;ae.useColors=Qa;ae.storage=es();ae.destroy=(()=>{let e=!1;return()=>{e||(e=!0,console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."))}})();ae.colors=["#0000CC","#0000FF","#0033CC","#0033FF","#0066CC","#0066FF","#0099CC","#0099FF","#00CC00","#00CC33","#00CC66","#00CC99","#00CCCC","#00CCFF","#3300CC","#3300FF","#3333CC","#3333FF","#3366CC","#3366FF","#3399CC","#3399FF","#33CC00","#33CC33","#33CC66","#33CC99","#33CCCC","#33CCFF","#6600CC","#6600FF","#6633CC","#6633FF","#66CC00","#66CC33","#9900CC","#9900FF","#9933CC","#9933FF","#99CC00","#99CC33","#CC0000","#CC0033","#CC0066","#CC0099","#CC00CC","#CC00FF","#CC3300","#CC3333","#CC3366","#CC3399","#CC33CC","#CC33FF","#CC6600","#CC6633","#CC9900","#CC9933","#CCCC00","#CCCC33","#FF0000","#FF0033","#FF0066","#FF0099","#FF00CC","#FF00FF","#FF3300","#FF3333","#FF3366","#FF3399","#FF33CC","#FF33FF","#FF6600","#FF6633","#FF9900","#FF9933","#FFCC00","#FFCC33"];function Qa(){if(typeof window<"u"&&window.process&&(window.process.type==="renderer"||window.process.__nwjs))return!0;if(typeof navigator<"u"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/))return!1;let e;return typeof document<"u"&&document.documentElement&&document.documentElement.style&&document.documentElement.style.WebkitAppearance||typeof window<"u"&&window.console&&(window.console.firebug||window.console.exception&&window.console.table)||typeof navigator<"u"&&navigator.userAgent&&(e=navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/))&&parseInt(e[1],10)>=31||typeof navigator<"u"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/)}function Ya(e){if(e[0]=(this.useColors?"%c":"")+this.namespace+(this.useColors?" %c":" ")+e[0]+(this.useColors?"%c ":" ")+"+"+$t.exports.humanize(this.diff),!this.useColors)return;let t="color: "+this.color;e.splice(1,0,t,"color: inherit");let r=0,n=0;e[0].replace(/%[a-zA-Z%]/g,s=>{s!=="%%"&&(r++,s==="%c"&&(n=r))}),e.splice(n,0,t)}ae.log=console.debug||console.log||(()=>{});function Xa(e){try{e?ae.storage.setItem("debug",e):ae.storage.removeItem("debug")}catch{}}function Za(){let e;try{e=ae.storage.getItem("debug")}catch{}return!e&&typeof process<"u"&&"env"in process&&(e=process.env.DEBUG),e}function es(){try{return localStorage}catch{}}$t.exports=Zr()(ae);var{formatters:ts}=$t.exports;ts.j=function(e){try{return JSON.stringify(e)}catch(t){return"[UnexpectedJSONParseError]: "+t.message}}});var lt,A,br,Da,Ee,_r,Er,Rr,Ar,Nt,It,Tt,Cr,Ge={},Sr=[],ka=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,qe=Array.isArray;function $e(e,t){for(var r in t)e[r]=t[r];return e}function Ft(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function he(e,t,r){var n,s,o,i={};for(o in t)o=="key"?n=t[o]:o=="ref"?s=t[o]:i[o]=t[o];if(arguments.length>2&&(i.children=arguments.length>3?lt.call(arguments,2):r),typeof e=="function"&&e.defaultProps!=null)for(o in e.defaultProps)i[o]===void 0&&(i[o]=e.defaultProps[o]);return ot(e,i,n,s,null)}function ot(e,t,r,n,s){var o={type:e,props:t,key:r,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++br,__i:-1,__u:0};return s==null&&A.vnode!=null&&A.vnode(o),o}function _e(e){return e.children}function oe(e,t){this.props=e,this.context=t}function Ie(e,t){if(t==null)return e.__?Ie(e.__,e.__i+1):null;for(var r;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null)return r.__e;return typeof e.type=="function"?Ie(e):null}function xr(e){var t,r;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null){e.__e=e.__c.base=r.__e;break}return xr(e)}}function Pt(e){(!e.__d&&(e.__d=!0)&&Ee.push(e)&&!it.__r++||_r!=A.debounceRendering)&&((_r=A.debounceRendering)||Er)(it)}function it(){for(var e,t,r,n,s,o,i,p=1;Ee.length;)Ee.length>p&&Ee.sort(Rr),e=Ee.shift(),p=Ee.length,e.__d&&(r=void 0,n=void 0,s=(n=(t=e).__v).__e,o=[],i=[],t.__P&&((r=$e({},n)).__v=n.__v+1,A.vnode&&A.vnode(r),Lt(t.__P,r,n,t.__n,t.__P.namespaceURI,32&n.__u?[s]:null,o,s??Ie(n),!!(32&n.__u),i),r.__v=n.__v,r.__.__k[r.__i]=r,Ir(o,r,i),n.__e=n.__=null,r.__e!=s&&xr(r)));it.__r=0}function Dr(e,t,r,n,s,o,i,p,u,c,m){var d,f,$,v,h,y,w,R=n&&n.__k||Sr,G=t.length;for(u=Ia(r,t,R,u,G),d=0;d<G;d++)($=r.__k[d])!=null&&(f=$.__i==-1?Ge:R[$.__i]||Ge,$.__i=d,y=Lt(e,$,f,s,o,i,p,u,c,m),v=$.__e,$.ref&&f.ref!=$.ref&&(f.ref&&Ut(f.ref,null,$),m.push($.ref,$.__c||v,$)),h==null&&v!=null&&(h=v),(w=!!(4&$.__u))||f.__k===$.__k?u=kr($,u,e,w):typeof $.type=="function"&&y!==void 0?u=y:v&&(u=v.nextSibling),$.__u&=-7);return r.__e=h,u}function Ia(e,t,r,n,s){var o,i,p,u,c,m=r.length,d=m,f=0;for(e.__k=new Array(s),o=0;o<s;o++)(i=t[o])!=null&&typeof i!="boolean"&&typeof i!="function"?(u=o+f,(i=e.__k[o]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?ot(null,i,null,null,null):qe(i)?ot(_e,{children:i},null,null,null):i.constructor==null&&i.__b>0?ot(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,p=null,(c=i.__i=Ta(i,r,u,d))!=-1&&(d--,(p=r[c])&&(p.__u|=2)),p==null||p.__v==null?(c==-1&&(s>m?f--:s<m&&f++),typeof i.type!="function"&&(i.__u|=4)):c!=u&&(c==u-1?f--:c==u+1?f++:(c>u?f--:f++,i.__u|=4))):e.__k[o]=null;if(d)for(o=0;o<m;o++)(p=r[o])!=null&&(2&p.__u)==0&&(p.__e==n&&(n=Ie(p)),Pr(p,p));return n}function kr(e,t,r,n){var s,o;if(typeof e.type=="function"){for(s=e.__k,o=0;s&&o<s.length;o++)s[o]&&(s[o].__=e,t=kr(s[o],t,r,n));return t}e.__e!=t&&(n&&(t&&e.type&&!t.parentNode&&(t=Ie(e)),r.insertBefore(e.__e,t||null)),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Ke(e,t){return t=t||[],e==null||typeof e=="boolean"||(qe(e)?e.some(function(r){Ke(r,t)}):t.push(e)),t}function Ta(e,t,r,n){var s,o,i,p=e.key,u=e.type,c=t[r],m=c!=null&&(2&c.__u)==0;if(c===null&&e.key==null||m&&p==c.key&&u==c.type)return r;if(n>(m?1:0)){for(s=r-1,o=r+1;s>=0||o<t.length;)if((c=t[i=s>=0?s--:o++])!=null&&(2&c.__u)==0&&p==c.key&&u==c.type)return i}return-1}function yr(e,t,r){t[0]=="-"?e.setProperty(t,r??""):e[t]=r==null?"":typeof r!="number"||ka.test(t)?r:r+"px"}function st(e,t,r,n,s){var o,i;e:if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)r&&t in r||yr(e.style,t,"");if(r)for(t in r)n&&r[t]==n[t]||yr(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")o=t!=(t=t.replace(Ar,"$1")),i=t.toLowerCase(),t=i in e||t=="onFocusOut"||t=="onFocusIn"?i.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+o]=r,r?n?r.u=n.u:(r.u=Nt,e.addEventListener(t,o?Tt:It,o)):e.removeEventListener(t,o?Tt:It,o);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=r??"";break e}catch{}typeof r=="function"||(r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r))}}function wr(e){return function(t){if(this.l){var r=this.l[t.type+e];if(t.t==null)t.t=Nt++;else if(t.t<r.u)return;return r(A.event?A.event(t):t)}}}function Lt(e,t,r,n,s,o,i,p,u,c){var m,d,f,$,v,h,y,w,R,G,C,F,M,E,ee,J,Be,te=t.type;if(t.constructor!=null)return null;128&r.__u&&(u=!!(32&r.__u),o=[p=t.__e=r.__e]),(m=A.__b)&&m(t);e:if(typeof te=="function")try{if(w=t.props,R="prototype"in te&&te.prototype.render,G=(m=te.contextType)&&n[m.__c],C=m?G?G.props.value:m.__:n,r.__c?y=(d=t.__c=r.__c).__=d.__E:(R?t.__c=d=new te(w,C):(t.__c=d=new oe(w,C),d.constructor=te,d.render=Oa),G&&G.sub(d),d.props=w,d.state||(d.state={}),d.context=C,d.__n=n,f=d.__d=!0,d.__h=[],d._sb=[]),R&&d.__s==null&&(d.__s=d.state),R&&te.getDerivedStateFromProps!=null&&(d.__s==d.state&&(d.__s=$e({},d.__s)),$e(d.__s,te.getDerivedStateFromProps(w,d.__s))),$=d.props,v=d.state,d.__v=t,f)R&&te.getDerivedStateFromProps==null&&d.componentWillMount!=null&&d.componentWillMount(),R&&d.componentDidMount!=null&&d.__h.push(d.componentDidMount);else{if(R&&te.getDerivedStateFromProps==null&&w!==$&&d.componentWillReceiveProps!=null&&d.componentWillReceiveProps(w,C),!d.__e&&d.shouldComponentUpdate!=null&&d.shouldComponentUpdate(w,d.__s,C)===!1||t.__v==r.__v){for(t.__v!=r.__v&&(d.props=w,d.state=d.__s,d.__d=!1),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(k){k&&(k.__=t)}),F=0;F<d._sb.length;F++)d.__h.push(d._sb[F]);d._sb=[],d.__h.length&&i.push(d);break e}d.componentWillUpdate!=null&&d.componentWillUpdate(w,d.__s,C),R&&d.componentDidUpdate!=null&&d.__h.push(function(){d.componentDidUpdate($,v,h)})}if(d.context=C,d.props=w,d.__P=e,d.__e=!1,M=A.__r,E=0,R){for(d.state=d.__s,d.__d=!1,M&&M(t),m=d.render(d.props,d.state,d.context),ee=0;ee<d._sb.length;ee++)d.__h.push(d._sb[ee]);d._sb=[]}else do d.__d=!1,M&&M(t),m=d.render(d.props,d.state,d.context),d.state=d.__s;while(d.__d&&++E<25);d.state=d.__s,d.getChildContext!=null&&(n=$e($e({},n),d.getChildContext())),R&&!f&&d.getSnapshotBeforeUpdate!=null&&(h=d.getSnapshotBeforeUpdate($,v)),J=m,m!=null&&m.type===_e&&m.key==null&&(J=Tr(m.props.children)),p=Dr(e,qe(J)?J:[J],t,r,n,s,o,i,p,u,c),d.base=t.__e,t.__u&=-161,d.__h.length&&i.push(d),y&&(d.__E=d.__=null)}catch(k){if(t.__v=null,u||o!=null)if(k.then){for(t.__u|=u?160:128;p&&p.nodeType==8&&p.nextSibling;)p=p.nextSibling;o[o.indexOf(p)]=null,t.__e=p}else{for(Be=o.length;Be--;)Ft(o[Be]);Ot(t)}else t.__e=r.__e,t.__k=r.__k,k.then||Ot(t);A.__e(k,t,r)}else o==null&&t.__v==r.__v?(t.__k=r.__k,t.__e=r.__e):p=t.__e=Pa(r.__e,t,r,n,s,o,i,u,c);return(m=A.diffed)&&m(t),128&t.__u?void 0:p}function Ot(e){e&&e.__c&&(e.__c.__e=!0),e&&e.__k&&e.__k.forEach(Ot)}function Ir(e,t,r){for(var n=0;n<r.length;n++)Ut(r[n],r[++n],r[++n]);A.__c&&A.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(o){o.call(s)})}catch(o){A.__e(o,s.__v)}})}function Tr(e){return typeof e!="object"||e==null||e.__b&&e.__b>0?e:qe(e)?e.map(Tr):$e({},e)}function Pa(e,t,r,n,s,o,i,p,u){var c,m,d,f,$,v,h,y=r.props,w=t.props,R=t.type;if(R=="svg"?s="http://www.w3.org/2000/svg":R=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),o!=null){for(c=0;c<o.length;c++)if(($=o[c])&&"setAttribute"in $==!!R&&(R?$.localName==R:$.nodeType==3)){e=$,o[c]=null;break}}if(e==null){if(R==null)return document.createTextNode(w);e=document.createElementNS(s,R,w.is&&w),p&&(A.__m&&A.__m(t,o),p=!1),o=null}if(R==null)y===w||p&&e.data==w||(e.data=w);else{if(o=o&&lt.call(e.childNodes),y=r.props||Ge,!p&&o!=null)for(y={},c=0;c<e.attributes.length;c++)y[($=e.attributes[c]).name]=$.value;for(c in y)if($=y[c],c!="children"){if(c=="dangerouslySetInnerHTML")d=$;else if(!(c in w)){if(c=="value"&&"defaultValue"in w||c=="checked"&&"defaultChecked"in w)continue;st(e,c,null,$,s)}}for(c in w)$=w[c],c=="children"?f=$:c=="dangerouslySetInnerHTML"?m=$:c=="value"?v=$:c=="checked"?h=$:p&&typeof $!="function"||y[c]===$||st(e,c,$,y[c],s);if(m)p||d&&(m.__html==d.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[];else if(d&&(e.innerHTML=""),Dr(t.type=="template"?e.content:e,qe(f)?f:[f],t,r,n,R=="foreignObject"?"http://www.w3.org/1999/xhtml":s,o,i,o?o[0]:r.__k&&Ie(r,0),p,u),o!=null)for(c=o.length;c--;)Ft(o[c]);p||(c="value",R=="progress"&&v==null?e.removeAttribute("value"):v!=null&&(v!==e[c]||R=="progress"&&!v||R=="option"&&v!=y[c])&&st(e,c,v,y[c],s),c="checked",h!=null&&h!=e[c]&&st(e,c,h,y[c],s))}return e}function Ut(e,t,r){try{if(typeof e=="function"){var n=typeof e.__u=="function";n&&e.__u(),n&&t==null||(e.__u=e(t))}else e.current=t}catch(s){A.__e(s,r)}}function Pr(e,t,r){var n,s;if(A.unmount&&A.unmount(e),(n=e.ref)&&(n.current&&n.current!=e.__e||Ut(n,null,t)),(n=e.__c)!=null){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(o){A.__e(o,t)}n.base=n.__P=null}if(n=e.__k)for(s=0;s<n.length;s++)n[s]&&Pr(n[s],t,r||typeof e.type!="function");r||Ft(e.__e),e.__c=e.__=e.__e=void 0}function Oa(e,t,r){return this.constructor(e,r)}function Mt(e,t,r){var n,s,o,i;t==document&&(t=document.documentElement),A.__&&A.__(e,t),s=(n=typeof r=="function")?null:r&&r.__k||t.__k,o=[],i=[],Lt(t,e=(!n&&r||t).__k=he(_e,null,[e]),s||Ge,Ge,t.namespaceURI,!n&&r?[r]:s?null:t.firstChild?lt.call(t.childNodes):null,o,!n&&r?r:s?s.__e:t.firstChild,n,i),Ir(o,e,i)}function Te(e){function t(r){var n,s;return this.getChildContext||(n=new Set,(s={})[t.__c]=this,this.getChildContext=function(){return s},this.componentWillUnmount=function(){n=null},this.shouldComponentUpdate=function(o){this.props.value!=o.value&&n.forEach(function(i){i.__e=!0,Pt(i)})},this.sub=function(o){n.add(o);var i=o.componentWillUnmount;o.componentWillUnmount=function(){n&&n.delete(o),i&&i.call(o)}}),r.children}return t.__c="__cC"+Cr++,t.__=e,t.Provider=t.__l=(t.Consumer=function(r,n){return r.children(n)}).contextType=t,t}lt=Sr.slice,A={__e:function(e,t,r,n){for(var s,o,i;t=t.__;)if((s=t.__c)&&!s.__)try{if((o=s.constructor)&&o.getDerivedStateFromError!=null&&(s.setState(o.getDerivedStateFromError(e)),i=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,n||{}),i=s.__d),i)return s.__E=s}catch(p){e=p}throw e}},br=0,Da=function(e){return e!=null&&e.constructor==null},oe.prototype.setState=function(e,t){var r;r=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=$e({},this.state),typeof e=="function"&&(e=e($e({},r),this.props)),e&&$e(r,e),e!=null&&this.__v&&(t&&this._sb.push(t),Pt(this))},oe.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Pt(this))},oe.prototype.render=_e,Ee=[],Er=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Rr=function(e,t){return e.__v.__b-t.__v.__b},it.__r=0,Ar=/(PointerCapture)$|Capture$/i,Nt=0,It=wr(!1),Tt=wr(!0),Cr=0;var Re,B,Ht,Or,je=0,Vr=[],q=A,Nr=q.__b,Fr=q.__r,Lr=q.diffed,Ur=q.__c,Mr=q.unmount,Hr=q.__;function ze(e,t){q.__h&&q.__h(B,e,je||t),je=0;var r=B.__H||(B.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function _(e){return je=1,Br(Gr,e)}function Br(e,t,r){var n=ze(Re++,2);if(n.t=e,!n.__c&&(n.__=[r?r(t):Gr(void 0,t),function(p){var u=n.__N?n.__N[0]:n.__[0],c=n.t(u,p);u!==c&&(n.__N=[c,n.__[1]],n.__c.setState({}))}],n.__c=B,!B.__f)){var s=function(p,u,c){if(!n.__c.__H)return!0;var m=n.__c.__H.__.filter(function(f){return!!f.__c});if(m.every(function(f){return!f.__N}))return!o||o.call(this,p,u,c);var d=n.__c.props!==p;return m.forEach(function(f){if(f.__N){var $=f.__[0];f.__=f.__N,f.__N=void 0,$!==f.__[0]&&(d=!0)}}),o&&o.call(this,p,u,c)||d};B.__f=!0;var o=B.shouldComponentUpdate,i=B.componentWillUpdate;B.componentWillUpdate=function(p,u,c){if(this.__e){var m=o;o=void 0,s(p,u,c),o=m}i&&i.call(this,p,u,c)},B.shouldComponentUpdate=s}return n.__N||n.__}function K(e,t){var r=ze(Re++,3);!q.__s&&Bt(r.__H,t)&&(r.__=e,r.u=t,B.__H.__h.push(r))}function Vt(e,t){var r=ze(Re++,4);!q.__s&&Bt(r.__H,t)&&(r.__=e,r.u=t,B.__h.push(r))}function ve(e){return je=5,de(function(){return{current:e}},[])}function de(e,t){var r=ze(Re++,7);return Bt(r.__H,t)&&(r.__=e(),r.__H=t,r.__h=e),r.__}function ut(e,t){return je=8,de(function(){return e},t)}function dt(e){var t=B.context[e.__c],r=ze(Re++,9);return r.c=e,t?(r.__==null&&(r.__=!0,t.sub(B)),t.props.value):e.__}function Na(){for(var e;e=Vr.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(ct),e.__H.__h.forEach(Wt),e.__H.__h=[]}catch(t){e.__H.__h=[],q.__e(t,e.__v)}}q.__b=function(e){B=null,Nr&&Nr(e)},q.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Hr&&Hr(e,t)},q.__r=function(e){Fr&&Fr(e),Re=0;var t=(B=e.__c).__H;t&&(Ht===B?(t.__h=[],B.__h=[],t.__.forEach(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})):(t.__h.forEach(ct),t.__h.forEach(Wt),t.__h=[],Re=0)),Ht=B},q.diffed=function(e){Lr&&Lr(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Vr.push(t)!==1&&Or===q.requestAnimationFrame||((Or=q.requestAnimationFrame)||Fa)(Na)),t.__H.__.forEach(function(r){r.u&&(r.__H=r.u),r.u=void 0})),Ht=B=null},q.__c=function(e,t){t.some(function(r){try{r.__h.forEach(ct),r.__h=r.__h.filter(function(n){return!n.__||Wt(n)})}catch(n){t.some(function(s){s.__h&&(s.__h=[])}),t=[],q.__e(n,r.__v)}}),Ur&&Ur(e,t)},q.unmount=function(e){Mr&&Mr(e);var t,r=e.__c;r&&r.__H&&(r.__H.__.forEach(function(n){try{ct(n)}catch(s){t=s}}),r.__H=void 0,t&&q.__e(t,r.__v))};var Wr=typeof requestAnimationFrame=="function";function Fa(e){var t,r=function(){clearTimeout(n),Wr&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(r,35);Wr&&(t=requestAnimationFrame(r))}function ct(e){var t=B,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),B=t}function Wt(e){var t=B;e.__c=e.__(),B=t}function Bt(e,t){return!e||e.length!==t.length||t.some(function(r,n){return r!==e[n]})}function Gr(e,t){return typeof t=="function"?t(e):t}var me=class extends Error{constructor(t,r,n=null){super(r),this.kind=t,this.field=n}},La=new Set(["ExpiredSignatureError","InvalidTokenError","JSONWebTokenExpired","JSONWebTokenError","DecodeError","InvalidSignatureError"]);function qr(e,t){return async function(n,s={}){let o={"Content-Type":"application/json"},i=t();i&&(o.Authorization=`Bearer ${i}`);let p;try{p=await fetch(e,{method:"POST",headers:o,body:JSON.stringify({query:n,variables:s})})}catch(c){throw new me("network",String(c.message||c))}let u;try{u=await p.json()}catch{throw new me("network",`HTTP ${p.status}`)}if(u.errors&&u.errors.length){let c=u.errors[0],m=c.extensions||{},d=m.exception&&m.exception.code||m.code;throw d==="PermissionDenied"?new me("permission",c.message):La.has(d)?new me("auth",c.message):new me("query",c.message,m.field||null)}return u.data}}async function mt(e,t,r,n){let o=(await e(t,r))[n];return{payload:o,errors:o&&o.errors||[]}}var O="errors { field code message }";var Ua=new TextEncoder,pt=new TextDecoder,Ui=2**32;var Ma=e=>{let t=atob(e),r=new Uint8Array(t.length);for(let n=0;n<t.length;n++)r[n]=t.charCodeAt(n);return r},Kr=e=>{let t=e;t instanceof Uint8Array&&(t=pt.decode(t)),t=t.replace(/-/g,"+").replace(/_/g,"/").replace(/\s/g,"");try{return Ma(t)}catch{throw new TypeError("The input to be decoded is not correctly encoded.")}};var Z=class extends Error{constructor(t,r){super(t,r),this.code="ERR_JOSE_GENERIC",this.name=this.constructor.name,Error.captureStackTrace?.(this,this.constructor)}};Z.code="ERR_JOSE_GENERIC";var Gt=class extends Z{constructor(t,r,n="unspecified",s="unspecified"){super(t,{cause:{claim:n,reason:s,payload:r}}),this.code="ERR_JWT_CLAIM_VALIDATION_FAILED",this.claim=n,this.reason=s,this.payload=r}};Gt.code="ERR_JWT_CLAIM_VALIDATION_FAILED";var qt=class extends Z{constructor(t,r,n="unspecified",s="unspecified"){super(t,{cause:{claim:n,reason:s,payload:r}}),this.code="ERR_JWT_EXPIRED",this.claim=n,this.reason=s,this.payload=r}};qt.code="ERR_JWT_EXPIRED";var Kt=class extends Z{constructor(){super(...arguments),this.code="ERR_JOSE_ALG_NOT_ALLOWED"}};Kt.code="ERR_JOSE_ALG_NOT_ALLOWED";var jt=class extends Z{constructor(){super(...arguments),this.code="ERR_JOSE_NOT_SUPPORTED"}};jt.code="ERR_JOSE_NOT_SUPPORTED";var zt=class extends Z{constructor(t="decryption operation failed",r){super(t,r),this.code="ERR_JWE_DECRYPTION_FAILED"}};zt.code="ERR_JWE_DECRYPTION_FAILED";var Jt=class extends Z{constructor(){super(...arguments),this.code="ERR_JWE_INVALID"}};Jt.code="ERR_JWE_INVALID";var Qt=class extends Z{constructor(){super(...arguments),this.code="ERR_JWS_INVALID"}};Qt.code="ERR_JWS_INVALID";var ie=class extends Z{constructor(){super(...arguments),this.code="ERR_JWT_INVALID"}};ie.code="ERR_JWT_INVALID";var Yt=class extends Z{constructor(){super(...arguments),this.code="ERR_JWK_INVALID"}};Yt.code="ERR_JWK_INVALID";var Xt=class extends Z{constructor(){super(...arguments),this.code="ERR_JWKS_INVALID"}};Xt.code="ERR_JWKS_INVALID";var Zt=class extends Z{constructor(t="no applicable key found in the JSON Web Key Set",r){super(t,r),this.code="ERR_JWKS_NO_MATCHING_KEY"}};Zt.code="ERR_JWKS_NO_MATCHING_KEY";var er=class extends Z{constructor(t="multiple matching keys found in the JSON Web Key Set",r){super(t,r),this.code="ERR_JWKS_MULTIPLE_MATCHING_KEYS"}};er.code="ERR_JWKS_MULTIPLE_MATCHING_KEYS";var tr=class extends Z{constructor(t="request timed out",r){super(t,r),this.code="ERR_JWKS_TIMEOUT"}};tr.code="ERR_JWKS_TIMEOUT";var rr=class extends Z{constructor(t="signature verification failed",r){super(t,r),this.code="ERR_JWS_SIGNATURE_VERIFICATION_FAILED"}};rr.code="ERR_JWS_SIGNATURE_VERIFICATION_FAILED";function Va(e){return typeof e=="object"&&e!==null}function nr(e){if(!Va(e)||Object.prototype.toString.call(e)!=="[object Object]")return!1;if(Object.getPrototypeOf(e)===null)return!0;let t=e;for(;Object.getPrototypeOf(t)!==null;)t=Object.getPrototypeOf(t);return Object.getPrototypeOf(e)===t}var jr=Kr;function Je(e){if(typeof e!="string")throw new ie("JWTs must use Compact JWS serialization, JWT must be a string");let{1:t,length:r}=e.split(".");if(r===5)throw new ie("Only JWTs using Compact JWS serialization can be decoded");if(r!==3)throw new ie("Invalid JWT");if(!t)throw new ie("JWTs must contain a payload");let n;try{n=jr(t)}catch{throw new ie("Failed to base64url decode the payload")}let s;try{s=JSON.parse(pt.decode(n))}catch{throw new ie("Failed to parse the decoded payload as JSON")}if(!nr(s))throw new ie("Invalid JWT Claims Set");return s}var Jr=e=>{let t=Je(e),{email:r,user_permissions:n}=t;return{email:r,userPermissions:n}};var gn=kt(ht(),1);var yn=kt(ht(),1);function ns(e,t){for(var r in t)e[r]=t[r];return e}function en(e,t){for(var r in e)if(r!=="__source"&&!(r in t))return!0;for(var n in t)if(n!=="__source"&&e[n]!==t[n])return!0;return!1}function tn(e,t){this.props=e,this.context=t}(tn.prototype=new oe).isPureReactComponent=!0,tn.prototype.shouldComponentUpdate=function(e,t){return en(this.props,e)||en(this.state,t)};var rn=A.__b;A.__b=function(e){e.type&&e.type.__f&&e.ref&&(e.props.ref=e.ref,e.ref=null),rn&&rn(e)};var sl=typeof Symbol<"u"&&Symbol.for&&Symbol.for("react.forward_ref")||3911;var as=A.__e;A.__e=function(e,t,r,n){if(e.then){for(var s,o=t;o=o.__;)if((s=o.__c)&&s.__c)return t.__e==null&&(t.__e=r.__e,t.__k=r.__k),s.__c(e,t)}as(e,t,r,n)};var nn=A.unmount;function un(e,t,r){return e&&(e.__c&&e.__c.__H&&(e.__c.__H.__.forEach(function(n){typeof n.__c=="function"&&n.__c()}),e.__c.__H=null),(e=ns({},e)).__c!=null&&(e.__c.__P===r&&(e.__c.__P=t),e.__c.__e=!0,e.__c=null),e.__k=e.__k&&e.__k.map(function(n){return un(n,t,r)})),e}function dn(e,t,r){return e&&r&&(e.__v=null,e.__k=e.__k&&e.__k.map(function(n){return dn(n,t,r)}),e.__c&&e.__c.__P===t&&(e.__e&&r.appendChild(e.__e),e.__c.__e=!0,e.__c.__P=r)),e}function ar(){this.__u=0,this.o=null,this.__b=null}function mn(e){var t=e.__.__c;return t&&t.__a&&t.__a(e)}function vt(){this.i=null,this.l=null}A.unmount=function(e){var t=e.__c;t&&t.__R&&t.__R(),t&&32&e.__u&&(e.type=null),nn&&nn(e)},(ar.prototype=new oe).__c=function(e,t){var r=t.__c,n=this;n.o==null&&(n.o=[]),n.o.push(r);var s=mn(n.__v),o=!1,i=function(){o||(o=!0,r.__R=null,s?s(p):p())};r.__R=i;var p=function(){if(!--n.__u){if(n.state.__a){var u=n.state.__a;n.__v.__k[0]=dn(u,u.__c.__P,u.__c.__O)}var c;for(n.setState({__a:n.__b=null});c=n.o.pop();)c.forceUpdate()}};n.__u++||32&t.__u||n.setState({__a:n.__b=n.__v.__k[0]}),e.then(i,i)},ar.prototype.componentWillUnmount=function(){this.o=[]},ar.prototype.render=function(e,t){if(this.__b){if(this.__v.__k){var r=document.createElement("div"),n=this.__v.__k[0].__c;this.__v.__k[0]=un(this.__b,r,n.__O=n.__P)}this.__b=null}var s=t.__a&&he(_e,null,e.fallback);return s&&(s.__u&=-33),[he(_e,null,t.__a?null:e.children),s]};var an=function(e,t,r){if(++r[1]===r[0]&&e.l.delete(t),e.props.revealOrder&&(e.props.revealOrder[0]!=="t"||!e.l.size))for(r=e.i;r;){for(;r.length>3;)r.pop()();if(r[1]<r[0])break;e.i=r=r[2]}};(vt.prototype=new oe).__a=function(e){var t=this,r=mn(t.__v),n=t.l.get(e);return n[0]++,function(s){var o=function(){t.props.revealOrder?(n.push(s),an(t,e,n)):s()};r?r(o):o()}},vt.prototype.render=function(e){this.i=null,this.l=new Map;var t=Ke(e.children);e.revealOrder&&e.revealOrder[0]==="b"&&t.reverse();for(var r=t.length;r--;)this.l.set(t[r],this.i=[1,0,this.i]);return e.children},vt.prototype.componentDidUpdate=vt.prototype.componentDidMount=function(){var e=this;this.l.forEach(function(t,r){an(e,r,t)})};var ss=typeof Symbol<"u"&&Symbol.for&&Symbol.for("react.element")||60103,os=/^(?:accent|alignment|arabic|baseline|cap|clip(?!PathU)|color|dominant|fill|flood|font|glyph(?!R)|horiz|image(!S)|letter|lighting|marker(?!H|W|U)|overline|paint|pointer|shape|stop|strikethrough|stroke|text(?!L)|transform|underline|unicode|units|v|vector|vert|word|writing|x(?!C))[A-Z]/,is=/^on(Ani|Tra|Tou|BeforeInp|Compo)/,ls=/[A-Z0-9]/g,cs=typeof document<"u",us=function(e){return(typeof Symbol<"u"&&typeof Symbol()=="symbol"?/fil|che|rad/:/fil|che|ra/).test(e)};oe.prototype.isReactComponent={},["componentWillMount","componentWillReceiveProps","componentWillUpdate"].forEach(function(e){Object.defineProperty(oe.prototype,e,{configurable:!0,get:function(){return this["UNSAFE_"+e]},set:function(t){Object.defineProperty(this,e,{configurable:!0,writable:!0,value:t})}})});var sn=A.event;function ds(){}function ms(){return this.cancelBubble}function ps(){return this.defaultPrevented}A.event=function(e){return sn&&(e=sn(e)),e.persist=ds,e.isPropagationStopped=ms,e.isDefaultPrevented=ps,e.nativeEvent=e};var pn,fs={enumerable:!1,configurable:!0,get:function(){return this.class}},on=A.vnode;A.vnode=function(e){typeof e.type=="string"&&(function(t){var r=t.props,n=t.type,s={},o=n.indexOf("-")===-1;for(var i in r){var p=r[i];if(!(i==="value"&&"defaultValue"in r&&p==null||cs&&i==="children"&&n==="noscript"||i==="class"||i==="className")){var u=i.toLowerCase();i==="defaultValue"&&"value"in r&&r.value==null?i="value":i==="download"&&p===!0?p="":u==="translate"&&p==="no"?p=!1:u[0]==="o"&&u[1]==="n"?u==="ondoubleclick"?i="ondblclick":u!=="onchange"||n!=="input"&&n!=="textarea"||us(r.type)?u==="onfocus"?i="onfocusin":u==="onblur"?i="onfocusout":is.test(i)&&(i=u):u=i="oninput":o&&os.test(i)?i=i.replace(ls,"-$&").toLowerCase():p===null&&(p=void 0),u==="oninput"&&s[i=u]&&(i="oninputCapture"),s[i]=p}}n=="select"&&s.multiple&&Array.isArray(s.value)&&(s.value=Ke(r.children).forEach(function(c){c.props.selected=s.value.indexOf(c.props.value)!=-1})),n=="select"&&s.defaultValue!=null&&(s.value=Ke(r.children).forEach(function(c){c.props.selected=s.multiple?s.defaultValue.indexOf(c.props.value)!=-1:s.defaultValue==c.props.value})),r.class&&!r.className?(s.class=r.class,Object.defineProperty(s,"className",fs)):(r.className&&!r.class||r.class&&r.className)&&(s.class=s.className=r.className),t.props=s})(e),e.$$typeof=ss,on&&on(e)};var ln=A.__r;A.__r=function(e){ln&&ln(e),pn=e.__c};var cn=A.diffed;A.diffed=function(e){cn&&cn(e);var t=e.props,r=e.__e;r!=null&&e.type==="textarea"&&"value"in t&&t.value!==r.value&&(r.value=t.value==null?"":t.value),pn=null};var hn="formPayloadUpdate",vn="formPayload",ge,Qe=(ge=class{static serialize(t){let r=JSON.stringify(t);if(r.length>ge.maxParamsLength)throw new Error(`OpenPopup params too large: ${r.length} chars (max ${ge.maxParamsLength})`);let n=new TextEncoder().encode(r),s="";return n.forEach(o=>{s+=String.fromCharCode(o)}),btoa(s)}static parse(t){let r=atob(t),n=Uint8Array.from(r,o=>o.charCodeAt(0)),s=new TextDecoder().decode(n);return JSON.parse(s)}},ge.urlKey="appParams",ge.maxParamsLength=2048,ge);function ce(e){try{let t=globalThis.crypto.randomUUID();return{...e,payload:{...e.payload,actionId:t}}}catch{throw new Error("Failed to generate action ID, likely as your browser doesn't consider current session as Secure Context. Please ensure you are using https or localhost, or current IP/domain is in 'dom.securecontext.allowlist'/'#unsafely-treat-insecure-origin-as-secure' if you trust it.")}}function $s(e){return ce({payload:e,type:"redirect"})}function hs(e){return ce({type:"notification",payload:e})}function vs(e){return ce({type:"updateRouting",payload:e})}function gs(){return ce({type:"notifyReady",payload:{}})}function _s(e,t){return ce({type:"requestPermissions",payload:{permissions:e,redirectPath:t}})}function ys(){return ce({type:"popupClose",payload:{}})}var ws="WidgetResize height must be a positive, finite number.";function bs(e){if(typeof e!="number"||!Number.isFinite(e)||e<=0)throw new Error(ws)}function Es(e){return bs(e.height),ce({type:"widgetResize",payload:{height:e.height}})}function Rs(){return ce({type:"refreshEntity",payload:{}})}var As="OpenPopup extensionIdentifier must be a non-empty string.";function Cs(e){if(typeof e!="string"||e.trim()==="")throw new Error(As)}function Ss(e){return Cs(e.extensionIdentifier),ce({type:"openPopup",payload:{extensionIdentifier:e.extensionIdentifier,appParams:e.params===void 0||e.params===null?void 0:Qe.serialize(e.params)}})}var xs="RedirectToApp appIdentifier must be a non-empty string.";function Ds(e){if(typeof e.appIdentifier!="string"||e.appIdentifier.trim()==="")throw new Error(xs);return ce({type:"redirectToApp",payload:e})}function ks(e){return ce({type:hn,payload:e})}var Fe={Redirect:$s,Notification:hs,UpdateRouting:vs,NotifyReady:gs,RequestPermissions:_s,FormPayloadUpdate:ks,PopupClose:ys,WidgetResize:Es,RefreshEntity:Rs,OpenPopup:Ss,RedirectToApp:Ds},Ye={APP_ID:"id",THEME:"theme",DOMAIN:"domain",SALEOR_API_URL:"saleorApiUrl",LOCALE:"locale"},le={handshake:"handshake",response:"response",redirect:"redirect",theme:"theme",localeChanged:"localeChanged",tokenRefresh:"tokenRefresh",formPayload:vn};var Is=e=>Je(e).permissions,Ts=class{constructor(e={}){this.state={id:"",saleorApiUrl:"",ready:!1,path:"/",theme:"light",locale:"en",formContext:{}},this.state.locale=e.initialLocale??this.state.locale,this.state.theme=e.initialTheme??this.state.theme}getState(){return this.state}setState(e){return this.state={...this.state,...e},this.state}},_n=typeof window>"u",Ps=1e4,j=gn.default.debug("app-sdk:AppBridge");function Os(e,t){switch(t.type){case le.handshake:{let r=Jr(t.payload.token),n=Is(t.payload.token);return{...e,ready:!0,token:t.payload.token,saleorVersion:t.payload.saleorVersion,dashboardVersion:t.payload.dashboardVersion,user:{email:r.email,permissions:r.userPermissions},appPermissions:n}}case le.redirect:return{...e,path:t.payload.path};case le.theme:return{...e,theme:t.payload.theme};case le.localeChanged:return{...e,locale:t.payload.locale};case le.tokenRefresh:return{...e,token:t.payload.token};case le.formPayload:return{...e,formContext:{...e.formContext,[t.payload.form]:t.payload}};case le.response:return e;default:return console.warn(`Invalid event received: ${t?.type}`),e}}var $n=()=>({handshake:{},response:{},redirect:{},theme:{},localeChanged:{},tokenRefresh:{},formPayload:{}}),Ns=()=>new URL(window.location.href).searchParams.get(Ye.LOCALE)||void 0,Fs=()=>new URL(window.location.href).searchParams.get(Ye.SALEOR_API_URL)||"",Ls=()=>{let e=new URL(window.location.href).searchParams.get(Ye.THEME);switch(e){case"dark":case"light":return e;default:return}},Us=()=>{let e=new URL(window.location.href).searchParams.get(Qe.urlKey);if(e)try{return Qe.parse(e)}catch(t){console.warn(`Failed to parse "${Qe.urlKey}" param from iframe url`,t);return}},Ms=()=>({saleorApiUrl:Fs(),initialLocale:Ns()??"en",autoNotifyReady:!0,initialTheme:Ls()??void 0}),gt=class{constructor(e={}){if(this.refererOrigin=document.referrer?new URL(document.referrer).origin:void 0,this.subscribeMap=$n(),this.combinedOptions=Ms(),j("Constructor called with options: %j",e),_n)throw new Error("AppBridge detected you're running this app in SSR mode. Make sure to call `new AppBridge()` when window object exists.");this.combinedOptions={...this.combinedOptions,...e},this.state=new Ts({initialLocale:this.combinedOptions.initialLocale}),j("Resolved combined AppBridge options: %j",this.combinedOptions),this.refererOrigin||console.warn("document.referrer is empty"),this.combinedOptions.saleorApiUrl||j("?saleorApiUrl was not found in iframe url"),this.combinedOptions.saleorApiUrl||console.error("saleorApiUrl param was not found in iframe url"),this.setInitialState(),this.listenOnMessages(),this.combinedOptions.autoNotifyReady&&this.sendNotifyReadyAction()}subscribe(e,t){j("subscribe() called with event %s and callback %s",e,t.name);let r=Symbol("Callback token");return this.subscribeMap[e][r]=t,()=>{j("unsubscribe called with event %s and callback %s",e,t.name),delete this.subscribeMap[e][r]}}unsubscribeAll(e){e?(j("unsubscribeAll called with event: %s",e),this.subscribeMap[e]={}):(j("unsubscribeAll called without argument"),this.subscribeMap=$n())}async dispatch(e){return j("dispatch called with action argument: %j",e),new Promise((t,r)=>{if(!window.parent){j("window.parent doesn't exist, will throw"),r(new Error("Parent window does not exist."));return}j("Calling window.parent.postMessage with %j",e),window.parent.postMessage({type:e.type,payload:e.payload},"*");let n,s=this.subscribe(le.response,({actionId:o,ok:i})=>{j("Subscribing to %s with action id: %s and status 'ok' is: %s",le.response,o,i),e.payload.actionId===o&&(j("Received matching action id: %s. Will unsubscribe",o),s(),clearTimeout(n),i?t():r(new Error("Action responded with negative status. This indicates the action method was not used properly.")))});n=window.setTimeout(()=>{s(),r(new Error("Action response timed out."))},Ps)})}getState(){return j("getState() called and will return %j",this.state.getState()),this.state.getState()}sendNotifyReadyAction(){this.dispatch(Fe.NotifyReady()).catch(e=>{console.error("notifyReady action failed"),console.error(e)})}setInitialState(){j("setInitialState() called");let t=new URL(window.location.href).searchParams.get(Ye.APP_ID)||"",r=window.location.pathname||"",n={id:t,path:r,theme:this.combinedOptions.initialTheme,saleorApiUrl:this.combinedOptions.saleorApiUrl,locale:this.combinedOptions.initialLocale,appParams:Us()};j("setInitialState() will setState with %j",n),this.state.setState(n)}listenOnMessages(){j("listenOnMessages() called"),window.addEventListener("message",({origin:e,data:t})=>{if(j("Received message from origin: %s and data: %j",e,t),e!==this.refererOrigin){j("Origin from message doesn't match refererOrigin. Function will return now");return}let r=Os(this.state.getState(),t);j("Computed new state: %j. Will be set with setState",r),this.state.setState(r);let{type:n,payload:s}=t;le[n]&&Object.getOwnPropertySymbols(this.subscribeMap[n]).forEach(o=>{j("Executing listener for event: '%s' and payload %j",n,s),this.subscribeMap[n][o](s)})})}},ul=yn.default.debug("app-sdk:AppBridgeProvider"),Hs=Te({appBridge:void 0,mounted:!1});var wn=kt(ht(),1);var Il=wn.default.debug("app-sdk:AppBridge:useDashboardToken");var sr="saleor-referrals-console-token";function or(){let e=new URLSearchParams(location.search);return window.parent!==window||e.has("id")&&(e.has("saleorApiUrl")||e.has("domain"))}var Ce=null;function ir(){return!Ce&&or()&&(Ce=new gt({autoNotifyReady:!0}),Ws(Ce)),Ce}var lr="dashboardOrigin";function Ws(e){let t=new URLSearchParams(location.search).get(lr);t&&e.refererOrigin===location.origin&&(e.refererOrigin=t)}function bn(){return Ce&&Ce.refererOrigin!==location.origin?Ce.refererOrigin:null}function En(e){let t=ir()||new gt({autoNotifyReady:!0}),r=()=>e(t.getState());return t.subscribe("handshake",r),t.subscribe("theme",r),t.subscribe("localeChanged",r),t.subscribe("tokenRefresh",r),r(),t}var Rn=()=>sessionStorage.getItem(sr),cr=e=>e?sessionStorage.setItem(sr,e):sessionStorage.removeItem(sr),An=`mutation SignIn($email: String!, $password: String!) {
  tokenCreate(email: $email, password: $password) { token errors { field code message } }
}`;function Cn(e,t){!e||!(t>0)||e.dispatch(Fe.WidgetResize({height:Math.ceil(t)})).catch(()=>{})}var Sn={en:{"channel.optionActive":"{name} (on)","channel.titleActive":"Referrals are active in {name}","channel.titleInactive":"Referrals are not active in {name}","channel.optionInactive":"{name} (off)","notActive.title":"Referrals are not active in {name}","notActive.text":"Codes give no discount and nothing is counted in this channel. To switch the program on, open the Referrals plugin's page, choose {name} in its channel list, tick Active and Save.","notActive.link":"Enable them here","error.title":"The console could not open this page (error {status})","error.notFound":"The shop answered “not found”: the page does not exist, or the plugin is not active for this channel.","error.server":"The shop failed to answer (a server error); the details are in its log. Try again in a moment.","error.network":"The shop could not be reached.","error.back":"Back","settings.link":"Referrals settings","time.zone":"times in {zone}","time.utc":"UTC: {time}"},fa:{"channel.optionActive":"{name} (روشن)","channel.titleActive":"معرفی‌ها در {name} فعال‌اند","channel.titleInactive":"معرفی‌ها در {name} فعال نیستند","channel.optionInactive":"{name} (خاموش)","notActive.title":"معرفی‌ها در {name} فعال نیستند","notActive.text":"در این کانال کدها تخفیفی نمی‌دهند و چیزی شمرده نمی‌شود. برای روشن کردن برنامه، صفحهٔ افزونهٔ Referrals را باز کنید، {name} را در فهرست کانال‌ها برگزینید، Active را بزنید و ذخیره کنید.","notActive.link":"اینجا فعالشان کنید","error.title":"کنسول نتوانست این صفحه را باز کند (خطای {status})","error.notFound":"فروشگاه پاسخ داد «پیدا نشد»: صفحه وجود ندارد یا افزونه برای این کانال فعال نیست.","error.server":"فروشگاه نتوانست پاسخ دهد (خطای سرور)؛ جزئیات در لاگ آن است. کمی بعد دوباره امتحان کنید.","error.network":"دسترسی به فروشگاه ممکن نشد.","error.back":"بازگشت","settings.link":"تنظیمات معرفی‌ها","time.zone":"زمان‌ها به وقت {zone}","time.utc":"UTC: {time}"},ar:{"channel.optionActive":"{name} (مفعّلة)","channel.titleActive":"الإحالات مفعّلة في {name}","channel.titleInactive":"الإحالات غير مفعّلة في {name}","channel.optionInactive":"{name} (متوقفة)","notActive.title":"الإحالات غير مفعّلة في {name}","notActive.text":"لا تمنح الرموز أي خصم ولا يُحتسب شيء في هذه القناة. لتشغيل البرنامج افتح صفحة إضافة Referrals واختر {name} من قائمة القنوات وفعّل Active ثم احفظ.","notActive.link":"فعّلها من هنا","error.title":"تعذّر على لوحة التحكم فتح هذه الصفحة (خطأ {status})","error.notFound":"أجاب المتجر «غير موجود»: الصفحة غير موجودة أو الإضافة غير مفعّلة لهذه القناة.","error.server":"تعذّر على المتجر الرد (خطأ في الخادم)؛ التفاصيل في سجله. حاول مجددًا بعد قليل.","error.network":"تعذّر الوصول إلى المتجر.","error.back":"رجوع","settings.link":"إعدادات الإحالات","time.zone":"الأوقات بتوقيت {zone}","time.utc":"UTC: {time}"}};var Xe={"exports.rows.one":"{count} row","exports.rows.other":"{count} rows","contests.entrants.one":"{count} entrant","contests.entrants.other":"{count} entrants","tiers.deleted.one":"Tier deleted; {count} member moved.","tiers.deleted.other":"Tier deleted; {count} members moved.","perk.multiplier":"×{value} reward","perk.fixed":"{amount} reward","perk.entry":"{amount} on entering","perk.discount":"{percent} member discount","perk.earlyAccess":"early access to {count} collections","perk.earlyAccess.one":"early access to {count} collection","review.confirmApprove":"Approve this referral?","review.confirmReject":"Reject this referral?","review.confirmText":"{friend}, referred by {advocate}. The reason is recorded in the referral's history.","review.reasonRequired":"Give a reason.","review.confirm":"Confirm","status.RUNNING":"Running","status.SUCCESS":"Ready","nav.exports":"Exports","exports.new":"New export","exports.intro":"A CSV file of the channel's data, written in the background; download it here when it is ready.","exports.kind":"What","exports.campaign":"Campaign","exports.request":"Export","exports.requested":"Export requested.","exports.files":"Exports","exports.none":"No exports yet.","exports.progress":"Progress","exports.by":"Requested by","exports.download":"Download CSV","exports.rows":"{count} rows","exports.counting":"Counting rows…","export.REFERRALS":"Referrals","export.REWARDS":"Rewards","export.DONATIONS":"Donations","export.FUNNEL":"Daily funnel","overview.period":"Period","period.30":"Last 30 days","period.90":"Last 90 days","period.365":"Last 365 days","period.all":"All time","overview.new":"new","overview.vsPrevious":"against the previous period of the same length","overview.windowRevenue":"Revenue with repeat orders ({days} days)","overview.fullCost":"Full cost","list.sep":" · ","overview.rates":"Visit to order: {visitToOrder} ({linkOrders} orders through a visit, of {visits} visits) · order to converted: {orderToConverted} · reversed: {reversed}","overview.costs":"Where the cost goes","overview.committed":"Still held (committed, not yet paid): {amount}","overview.comparison":"This period against the previous one","overview.thisPeriod":"This period","overview.previousPeriod":"Previous period","funnel.shares":"Shares","funnel.signups":"Sign-ups","funnel.orders":"Orders","cost.advocateRewards":"Advocate rewards","cost.friendDiscounts":"Friend discounts","cost.signupRewards":"Sign-up rewards","cost.tierEntryRewards":"Tier entry rewards","cost.milestoneBonuses":"Milestone bonuses","cost.contestPrizes":"Contest prizes","cost.donations":"Donations","cost.eventCosts":"Events","cost.memberDiscounts":"Member discounts","cost.otherRewards":"Other rewards","app.title":"Referrals","nav.label":"Console pages","nav.overview":"Overview","nav.review":"Review queue","nav.referrals":"Referrals","nav.rewards":"Rewards","nav.tiers":"Tiers & milestones","nav.campaigns":"Campaigns","nav.contests":"Contests","nav.causes":"Causes","nav.events":"Events",language:"Language","language.en":"English","language.fa":"فارسی","language.ar":"العربية",loading:"Loading…",nothing:"Nothing here yet.",all:"All",total:"{count} in all",page:"Page {page}",pages:"Pages",previous:"Previous",next:"Next",save:"Save",saved:"Saved.",cancel:"Cancel",edit:"Edit",delete:"Delete",deleted:"Deleted.",confirmDelete:"Delete it?",active:"Active",inactive:"inactive",anonymous:"Anonymous",signOut:"Sign out","signIn.title":"Sign in to Referrals","signIn.intro":"Use your Saleor staff account.","signIn.email":"E-mail","signIn.password":"Password","signIn.submit":"Sign in","noPermission.title":"No permission","noPermission.text":"Your account cannot manage the referral program. Ask an administrator for the Manage discounts permission.","dashboard.waiting":"Waiting for the Dashboard…","channel.title":"Which channel?","channel.label":"Channel","channel.slug":"Channel slug","channel.open":"Open","overview.revenue":"Referred revenue","overview.cost":"Reward cost","overview.roi":"Return on rewards","overview.flagged":"Waiting for review","overview.funnel":"Funnel","overview.statuses":"Referrals by status","overview.overTime":"Referred revenue vs reward cost, by month","overview.perCampaign":"Per campaign: revenue vs cost","overview.perTier":"Advocates in each tier","overview.networks":"Visits by share network","overview.leaderboard":"Top advocates","overview.noProgram":"No referral program in this channel yet.","overview.noCampaigns":"No campaigns yet.","overview.noTiers":"No tiers yet.","overview.inactive":"The program is not active in this channel: turn it on in the plugin's settings.","overview.programLine":"Friends get {offer}; advocates get {reward} per friend who converts, after {days} days.","overview.campaignLive":"campaign live: {name}","funnel.visits":"Visits","funnel.referrals":"Referrals","funnel.qualified":"Qualified","funnel.converted":"Converted","funnel.rewarded":"Rewarded","col.created":"Date","col.status":"Status","col.advocate":"Advocate","col.friend":"Friend","col.order":"Order","col.total":"Total","col.reason":"Reason","col.recipient":"Recipient","col.kind":"Kind","col.amount":"Amount","col.release":"Release","col.taken":"Taken back","col.tier":"Tier","filter.from":"From","filter.to":"To","filter.apply":"Filter","referral.history":"History","referral.rewards":"Rewards","review.intro":"Referrals a fraud check held for a person to decide. Approving releases the reward after the hold; rejecting keeps it from being paid.","review.reason":"Reason","review.approve":"Approve","review.reject":"Reject","review.empty":"No referral waits for review.","review.approved":"Approved: {who}.","review.rejected":"Rejected: {who}.","referrals.attributeTitle":"Attribute an order by hand","referrals.attributeIntro":'For a friend who named an advocate ("how did you hear about us") or a code that was missed.',"referrals.advocateEmail":"Advocate's e-mail","referrals.orderId":"Order ID","referrals.source":"Source","referrals.attribute":"Attribute","rewards.reason":"Why take it back","rewards.revoke":"Revoke","rewards.shortfall":"shortfall","tiers.ladder":"Ladder","tiers.new":"New tier","tiers.create":"Create tier","tiers.created":"Tier created.","tiers.none":"No tiers yet.","tiers.name":"Name","tiers.nameFa":"Name in Persian","tiers.nameAr":"Name in Arabic","tiers.rank":"Rank","tiers.minReferrals":"Converted referrals needed","tiers.minRevenue":"Referred revenue needed","tiers.window":"Counted over","tiers.windowDays":"Days (rolling window)","tiers.rewardMultiplier":"Reward multiplier","tiers.rewardFixed":"Fixed reward","tiers.entryReward":"Entry reward","tiers.memberDiscount":"Member discount (%)","tiers.earlyAccess":"Early access collections","tiers.earlyAccessHint":"Saleor collection IDs, separated by commas","tiers.earlyAccessUntil":"Early access until","tiers.reason":"Reason for the change","tiers.reasonHint":"Needed when the entry rule changes","tiers.payEntryRewards":"Pay entry rewards to advocates placed now","tiers.rule":"Entry rule","tiers.ruleText":"{count} converted · {window}","tiers.perks":"Perks","tiers.deleteReason":"Why delete it (members move down)","tiers.deleted":"Tier deleted; {count} members moved.","tiers.placement":"Placing advocates: {done} of {total}","tiers.placementDone":"Done.","tiers.history":"An advocate's tier history","tiers.historyShow":"Show","tiers.now":"Tier now","tiers.demoteAfter":"moves down after","tiers.fromTo":"From → to","tiers.converted":"Converted","milestones.title":"Milestones and badges","milestones.new":"New milestone","milestones.create":"Create milestone","milestones.created":"Milestone created.","milestones.slug":"Badge slug","milestones.referrals":"Converted referrals","milestones.bonus":"Bonus","milestones.payBonuses":"Pay bonuses to advocates already past it","campaigns.new":"New campaign","campaigns.create":"Create campaign","campaigns.created":"Campaign created.","campaigns.none":"No campaigns yet.","campaigns.name":"Name","campaigns.startsAt":"Starts","campaigns.endsAt":"Ends","campaigns.imageUrl":"Image URL","campaigns.copy":"Landing page copy","campaigns.title":"Title","campaigns.description":"Description","campaigns.friendOffer":"Friend's offer","campaigns.programOffer":"The program's offer","campaigns.value":"Value","campaigns.minSpent":"Minimum cart","campaigns.advocateReward":"Advocate's reward","campaigns.amount":"Amount","campaigns.multiplier":"Multiplier","campaigns.window":"Window","campaigns.results":"Results","campaigns.resultsText":"{referrals} referrals, {converted} converted","campaigns.switches":"Offer switches","contests.new":"New contest","contests.create":"Create contest","contests.created":"Contest created.","contests.none":"No contests yet.","contests.name":"Name","contests.minReferrals":"Converted referrals to enter","contests.prizes":"Prizes","contests.addPrize":"Add a prize","contests.description":"Description","contests.details":"Standings and prizes","contests.standings":"Standings","contests.threshold":"{count} to enter","contests.entrants":"{count} entrants","contests.seed":"Draw seed","contests.seedHint":"Empty: a random seed, recorded","contests.decide":"Decide now","contests.decided":"Contest decided.","contests.decidedBy":"Decided by {who}, seed {seed}.","contests.method":"Method","contests.winner":"Winner","contests.fulfilled":"Fulfilled","contests.note":"Note (tracking number…)","contests.fulfil":"Mark fulfilled","contests.fulfilledNotice":"Prize marked fulfilled.","causes.new":"New cause","causes.create":"Create cause","causes.created":"Cause created.","causes.none":"No causes yet.","causes.name":"Name","causes.description":"Description","causes.url":"Web site","causes.goal":"Goal","causes.perReferral":"Donation per converted referral","causes.raised":"Raised","causes.pending":"To pay out","causes.paidOut":"Paid out","causes.shortfall":"Shortfall","causes.donations":"Donations","causes.progress":"Progress","causes.recordPayout":"Record payout","causes.reference":"Payment reference","causes.payoutIntro":"Records that {amount} (every donation released so far) was paid to the cause.","causes.paid":"Payout of {amount} recorded.","events.new":"New event","events.create":"Create event","events.created":"Event created.","events.none":"No events yet.","events.name":"Name","events.startsAt":"Starts","events.capacity":"Capacity","events.minTier":"Minimum tier","events.everyone":"Every advocate","events.passes":"Guest passes per member","events.cost":"Cost","events.invite":"E-mail invitations to members","events.seats":"Seats left","events.invited":"Members invited","events.redeemed":"Passes redeemed","customer.title":"Customer's referrals","customer.missing":"Open this page from a customer in the Dashboard.","customer.none":"No referral program or no such customer.","customer.code":"Code","customer.friends":"Friends","customer.earned":"Earned","customer.statsText":"{visits} visits · {orders} orders · {pending} pending · {rewarded} rewarded","customer.nextTier":"{count} more to {tier}","customer.atRisk":"tier at risk until","customer.memberCode":"member code","customer.referrals":"Referrals ({count})","customer.rewards":"Rewards ({count})","order.title":"Order's referral","order.missing":"Open this page from an order in the Dashboard.","order.none":"This order has no referral.","status.PENDING":"Pending","status.QUALIFIED":"Qualified","status.APPROVED":"Approved","status.REWARDED":"Rewarded","status.FLAGGED":"Flagged","status.REJECTED":"Rejected","status.REVERSED":"Reversed","status.HELD":"Held","status.ISSUED":"Issued","status.CANCELLED":"Cancelled","status.REVOKED":"Revoked","status.FAILED":"Failed","status.SCHEDULED":"Scheduled","status.LIVE":"Live","status.ENDED":"Ended","status.OPEN":"Open","status.DECIDED":"Decided","side.ADVOCATE":"Advocate","side.FRIEND":"Friend","kind.VOUCHER":"Voucher","kind.STORE_CREDIT":"Store credit","kind.DONATION":"Donation","kind.PERK":"Perk","kind.PHYSICAL":"Physical prize","source.CODE":"Code","source.LINK":"Link","source.SIGNUP":"Sign-up","source.MANUAL":"By hand","source.SURVEY":"Survey","source.EVENT":"Event pass","network.EMAIL":"E-mail","network.WHATSAPP":"WhatsApp","network.TELEGRAM":"Telegram","network.X":"X","network.FACEBOOK":"Facebook","network.LINKEDIN":"LinkedIn","network.SMS":"SMS","network.COPY_LINK":"Copied link","network.OTHER":"Other","window.LIFETIME":"lifetime","window.ROLLING":"rolling window","window.CALENDAR_YEAR":"calendar year","tierChange.PROMOTED":"Promoted","tierChange.AT_RISK":"At risk","tierChange.RECOVERED":"Recovered","tierChange.DEMOTED":"Demoted","switch.START":"Started","switch.END":"Ended","switch.SKIPPED":"Skipped","method.RANK":"By rank","method.DRAW":"Draw","discount.PERCENTAGE":"Percentage","discount.FIXED":"Fixed amount","discount.FREE_SHIPPING":"Free shipping"},ur={"exports.rows.other":"{count} ردیف","contests.entrants.other":"{count} شرکت‌کننده","tiers.deleted.other":"سطح حذف شد؛ {count} عضو جابه‌جا شدند.","perk.multiplier":"پاداش ×{value}","perk.fixed":"پاداش {amount}","perk.entry":"{amount} هنگام ورود","perk.discount":"{percent} تخفیف اعضا","perk.earlyAccess":"دسترسی زودهنگام به {count} مجموعه","review.confirmApprove":"این معرفی تأیید شود؟","review.confirmReject":"این معرفی رد شود؟","review.confirmText":"{friend}، معرفی‌شده توسط {advocate}. دلیل در تاریخچهٔ معرفی ثبت می‌شود.","review.reasonRequired":"دلیل را بنویسید.","review.confirm":"تأیید","status.RUNNING":"در حال اجرا","status.SUCCESS":"آماده","nav.exports":"خروجی‌ها","exports.new":"خروجی تازه","exports.intro":"یک فایل CSV از داده‌های کانال که در پس‌زمینه نوشته می‌شود؛ وقتی آماده شد از همین‌جا بارگیری کنید.","exports.kind":"چه چیزی","exports.campaign":"کمپین","exports.request":"خروجی بگیر","exports.requested":"خروجی درخواست شد.","exports.files":"خروجی‌ها","exports.none":"هنوز خروجی‌ای نیست.","exports.progress":"پیشرفت","exports.by":"درخواست‌کننده","exports.download":"بارگیری CSV","exports.rows":"{count} ردیف","exports.counting":"در حال شمارش ردیف‌ها…","export.REFERRALS":"معرفی‌ها","export.REWARDS":"پاداش‌ها","export.DONATIONS":"کمک‌ها","export.FUNNEL":"قیف روزانه","overview.period":"بازه","period.30":"۳۰ روز گذشته","period.90":"۹۰ روز گذشته","period.365":"۳۶۵ روز گذشته","period.all":"همهٔ زمان‌ها","overview.new":"تازه","overview.vsPrevious":"در برابر بازهٔ هم‌اندازهٔ قبلی","overview.windowRevenue":"درآمد با خریدهای تکراری ({days} روز)","overview.fullCost":"هزینهٔ کامل","list.sep":"، ","overview.rates":"بازدید به سفارش: {visitToOrder} ({linkOrders} سفارش از راه بازدید، از {visits} بازدید)، سفارش به موفق: {orderToConverted}، برگشتی: {reversed}","overview.costs":"هزینه کجا می‌رود","overview.committed":"هنوز نگه‌داشته (تعهدشده، پرداخت‌نشده): {amount}","overview.comparison":"این بازه در برابر بازهٔ قبلی","overview.thisPeriod":"این بازه","overview.previousPeriod":"بازهٔ قبلی","funnel.shares":"اشتراک‌گذاری‌ها","funnel.signups":"ثبت‌نام‌ها","funnel.orders":"سفارش‌ها","cost.advocateRewards":"پاداش معرف‌ها","cost.friendDiscounts":"تخفیف دوستان","cost.signupRewards":"پاداش ثبت‌نام","cost.tierEntryRewards":"پاداش ورود به سطح","cost.milestoneBonuses":"جایزهٔ نقطه‌های عطف","cost.contestPrizes":"جایزهٔ مسابقه‌ها","cost.donations":"کمک‌های خیریه","cost.eventCosts":"رویدادها","cost.memberDiscounts":"تخفیف اعضا","cost.otherRewards":"پاداش‌های دیگر","app.title":"معرفی‌ها","nav.label":"صفحه‌های کنسول","nav.overview":"نمای کلی","nav.review":"صف بررسی","nav.referrals":"معرفی‌ها","nav.rewards":"پاداش‌ها","nav.tiers":"سطح‌ها و نقطه‌های عطف","nav.campaigns":"کمپین‌ها","nav.contests":"مسابقه‌ها","nav.causes":"امور خیریه","nav.events":"رویدادها",language:"زبان",loading:"در حال بارگذاری…",nothing:"هنوز چیزی نیست.",all:"همه",total:"{count} مورد در کل",page:"صفحهٔ {page}",pages:"صفحه‌ها",previous:"قبلی",next:"بعدی",save:"ذخیره",saved:"ذخیره شد.",cancel:"انصراف",edit:"ویرایش",delete:"حذف",deleted:"حذف شد.",confirmDelete:"حذف شود؟",active:"فعال",inactive:"غیرفعال",anonymous:"ناشناس",signOut:"خروج","signIn.title":"ورود به معرفی‌ها","signIn.intro":"با حساب کارمندی Saleor وارد شوید.","signIn.email":"ایمیل","signIn.password":"گذرواژه","signIn.submit":"ورود","noPermission.title":"بدون دسترسی","noPermission.text":"حساب شما اجازهٔ مدیریت برنامهٔ معرفی را ندارد. از مدیر سیستم دسترسی «مدیریت تخفیف‌ها» را بخواهید.","dashboard.waiting":"در انتظار داشبورد…","channel.title":"کدام کانال؟","channel.label":"کانال","channel.slug":"شناسهٔ کانال","channel.open":"باز کن","overview.revenue":"درآمد از معرفی","overview.cost":"هزینهٔ پاداش","overview.roi":"بازده پاداش‌ها","overview.flagged":"در انتظار بررسی","overview.funnel":"قیف","overview.statuses":"معرفی‌ها بر اساس وضعیت","overview.overTime":"درآمد از معرفی در برابر هزینهٔ پاداش، ماه به ماه","overview.perCampaign":"هر کمپین: درآمد در برابر هزینه","overview.perTier":"معرف‌ها در هر سطح","overview.networks":"بازدیدها بر اساس شبکهٔ اشتراک","overview.leaderboard":"معرف‌های برتر","overview.noProgram":"هنوز برنامهٔ معرفی در این کانال نیست.","overview.noCampaigns":"هنوز کمپینی نیست.","overview.noTiers":"هنوز سطحی نیست.","overview.inactive":"برنامه در این کانال فعال نیست: آن را در تنظیمات افزونه روشن کنید.","overview.programLine":"دوستان {offer} می‌گیرند؛ معرف‌ها برای هر دوست موفق {reward}، پس از {days} روز.","overview.campaignLive":"کمپین در جریان: {name}","funnel.visits":"بازدیدها","funnel.referrals":"معرفی‌ها","funnel.qualified":"واجد شرایط","funnel.converted":"موفق","funnel.rewarded":"پاداش‌گرفته","col.created":"تاریخ","col.status":"وضعیت","col.advocate":"معرف","col.friend":"دوست","col.order":"سفارش","col.total":"مبلغ","col.reason":"دلیل","col.recipient":"گیرنده","col.kind":"نوع","col.amount":"مبلغ","col.release":"آزادسازی","col.taken":"پس گرفته","col.tier":"سطح","filter.from":"از","filter.to":"تا","filter.apply":"فیلتر","referral.history":"تاریخچه","referral.rewards":"پاداش‌ها","review.intro":"معرفی‌هایی که بررسی تقلب نگه داشته تا یک نفر تصمیم بگیرد. تأیید، پاداش را پس از دورهٔ انتظار آزاد می‌کند؛ رد، جلوی پرداخت را می‌گیرد.","review.reason":"دلیل","review.approve":"تأیید","review.reject":"رد","review.empty":"هیچ معرفی‌ای در انتظار بررسی نیست.","review.approved":"تأیید شد: {who}.","review.rejected":"رد شد: {who}.","referrals.attributeTitle":"نسبت دادن دستی یک سفارش","referrals.attributeIntro":"برای دوستی که معرفش را نام برده («از کجا با ما آشنا شدید») یا کدی که جا افتاده است.","referrals.advocateEmail":"ایمیل معرف","referrals.orderId":"شناسهٔ سفارش","referrals.source":"منبع","referrals.attribute":"نسبت بده","rewards.reason":"دلیل پس گرفتن","rewards.revoke":"پس گرفتن","rewards.shortfall":"کسری","tiers.ladder":"نردبان","tiers.new":"سطح تازه","tiers.create":"ساخت سطح","tiers.created":"سطح ساخته شد.","tiers.none":"هنوز سطحی نیست.","tiers.name":"نام","tiers.nameFa":"نام به فارسی","tiers.nameAr":"نام به عربی","tiers.rank":"رتبه","tiers.minReferrals":"معرفی موفق لازم","tiers.minRevenue":"درآمد لازم از معرفی","tiers.window":"بازهٔ شمارش","tiers.windowDays":"روزها (بازهٔ غلتان)","tiers.rewardMultiplier":"ضریب پاداش","tiers.rewardFixed":"پاداش ثابت","tiers.entryReward":"پاداش ورود","tiers.memberDiscount":"تخفیف اعضا (٪)","tiers.earlyAccess":"مجموعه‌های دسترسی زودهنگام","tiers.earlyAccessHint":"شناسه‌های مجموعهٔ Saleor، جدا شده با ویرگول","tiers.earlyAccessUntil":"دسترسی زودهنگام تا","tiers.reason":"دلیل تغییر","tiers.reasonHint":"وقتی قاعدهٔ ورود تغییر می‌کند لازم است","tiers.payEntryRewards":"پاداش ورود به معرف‌هایی که اکنون جای می‌گیرند پرداخت شود","tiers.rule":"قاعدهٔ ورود","tiers.ruleText":"{count} موفق، {window}","tiers.perks":"مزایا","tiers.deleteReason":"دلیل حذف (اعضا یک سطح پایین می‌روند)","tiers.deleted":"سطح حذف شد؛ {count} عضو جابه‌جا شدند.","tiers.placement":"جای‌دهی معرف‌ها: {done} از {total}","tiers.placementDone":"تمام شد.","tiers.history":"تاریخچهٔ سطح یک معرف","tiers.historyShow":"نمایش","tiers.now":"سطح کنونی","tiers.demoteAfter":"پایین می‌رود پس از","tiers.fromTo":"از ← به","tiers.converted":"موفق","milestones.title":"نقطه‌های عطف و نشان‌ها","milestones.new":"نقطهٔ عطف تازه","milestones.create":"ساخت نقطهٔ عطف","milestones.created":"نقطهٔ عطف ساخته شد.","milestones.slug":"شناسهٔ نشان","milestones.referrals":"معرفی‌های موفق","milestones.bonus":"جایزه","milestones.payBonuses":"جایزه به معرف‌هایی که از آن گذشته‌اند پرداخت شود","campaigns.new":"کمپین تازه","campaigns.create":"ساخت کمپین","campaigns.created":"کمپین ساخته شد.","campaigns.none":"هنوز کمپینی نیست.","campaigns.name":"نام","campaigns.startsAt":"شروع","campaigns.endsAt":"پایان","campaigns.imageUrl":"نشانی تصویر","campaigns.copy":"متن صفحهٔ فرود","campaigns.title":"عنوان","campaigns.description":"توضیح","campaigns.friendOffer":"پیشنهاد دوست","campaigns.programOffer":"پیشنهاد برنامه","campaigns.value":"مقدار","campaigns.minSpent":"حداقل سبد","campaigns.advocateReward":"پاداش معرف","campaigns.amount":"مبلغ","campaigns.multiplier":"ضریب","campaigns.window":"بازه","campaigns.results":"نتیجه‌ها","campaigns.resultsText":"{referrals} معرفی، {converted} موفق","campaigns.switches":"تغییرهای پیشنهاد","contests.new":"مسابقهٔ تازه","contests.create":"ساخت مسابقه","contests.created":"مسابقه ساخته شد.","contests.none":"هنوز مسابقه‌ای نیست.","contests.name":"نام","contests.minReferrals":"معرفی موفق لازم برای شرکت","contests.prizes":"جایزه‌ها","contests.addPrize":"افزودن جایزه","contests.description":"توضیح","contests.details":"رده‌بندی و جایزه‌ها","contests.standings":"رده‌بندی","contests.threshold":"{count} برای شرکت","contests.entrants":"{count} شرکت‌کننده","contests.seed":"بذر قرعه","contests.seedHint":"خالی: بذر تصادفی، ثبت می‌شود","contests.decide":"همین حالا تعیین کن","contests.decided":"برندگان تعیین شدند.","contests.decidedBy":"تعیین‌شده توسط {who}، بذر {seed}.","contests.method":"روش","contests.winner":"برنده","contests.fulfilled":"تحویل‌شده","contests.note":"یادداشت (کد رهگیری…)","contests.fulfil":"تحویل شد","contests.fulfilledNotice":"جایزه تحویل‌شده ثبت شد.","causes.new":"امر خیر تازه","causes.create":"ساخت امر خیر","causes.created":"امر خیر ساخته شد.","causes.none":"هنوز امر خیری نیست.","causes.name":"نام","causes.description":"توضیح","causes.url":"وب‌سایت","causes.goal":"هدف","causes.perReferral":"کمک برای هر معرفی موفق","causes.raised":"جمع‌شده","causes.pending":"برای پرداخت","causes.paidOut":"پرداخت‌شده","causes.shortfall":"کسری","causes.donations":"کمک‌ها","causes.progress":"پیشرفت","causes.recordPayout":"ثبت پرداخت","causes.reference":"شمارهٔ پرداخت","causes.payoutIntro":"ثبت می‌کند که {amount} (همهٔ کمک‌های آزادشده تا کنون) به این امر خیر پرداخت شد.","causes.paid":"پرداخت {amount} ثبت شد.","events.new":"رویداد تازه","events.create":"ساخت رویداد","events.created":"رویداد ساخته شد.","events.none":"هنوز رویدادی نیست.","events.name":"نام","events.startsAt":"شروع","events.capacity":"ظرفیت","events.minTier":"حداقل سطح","events.everyone":"همهٔ معرف‌ها","events.passes":"کارت مهمان برای هر عضو","events.cost":"هزینه","events.invite":"دعوت‌نامه با ایمیل به اعضا","events.seats":"جای خالی","events.invited":"اعضای دعوت‌شده","events.redeemed":"کارت‌های استفاده‌شده","customer.title":"معرفی‌های مشتری","customer.missing":"این صفحه را از صفحهٔ یک مشتری در داشبورد باز کنید.","customer.none":"برنامهٔ معرفی یا چنین مشتری‌ای نیست.","customer.code":"کد","customer.friends":"دوستان","customer.earned":"درآمد","customer.statsText":"{visits} بازدید، {orders} سفارش، {pending} در انتظار، {rewarded} پاداش‌گرفته","customer.nextTier":"{count} معرفی دیگر تا {tier}","customer.atRisk":"سطح در خطر تا","customer.memberCode":"کد عضویت","customer.referrals":"معرفی‌ها ({count})","customer.rewards":"پاداش‌ها ({count})","order.title":"معرفی سفارش","order.missing":"این صفحه را از صفحهٔ یک سفارش در داشبورد باز کنید.","order.none":"این سفارش معرفی ندارد.","status.PENDING":"در انتظار","status.QUALIFIED":"واجد شرایط","status.APPROVED":"تأییدشده","status.REWARDED":"پاداش‌گرفته","status.FLAGGED":"نشان‌دار","status.REJECTED":"ردشده","status.REVERSED":"برگشتی","status.HELD":"نگه‌داشته","status.ISSUED":"صادرشده","status.CANCELLED":"لغوشده","status.REVOKED":"پس‌گرفته","status.FAILED":"ناموفق","status.SCHEDULED":"زمان‌بندی‌شده","status.LIVE":"در جریان","status.ENDED":"پایان‌یافته","status.OPEN":"باز","status.DECIDED":"تعیین‌شده","side.ADVOCATE":"معرف","side.FRIEND":"دوست","kind.VOUCHER":"کد تخفیف","kind.STORE_CREDIT":"اعتبار فروشگاه","kind.DONATION":"کمک خیریه","kind.PERK":"مزیت","kind.PHYSICAL":"جایزهٔ فیزیکی","source.CODE":"کد","source.LINK":"پیوند","source.SIGNUP":"ثبت‌نام","source.MANUAL":"دستی","source.SURVEY":"نظرسنجی","source.EVENT":"کارت رویداد","network.EMAIL":"ایمیل","network.WHATSAPP":"واتس‌اپ","network.TELEGRAM":"تلگرام","network.X":"ایکس","network.FACEBOOK":"فیسبوک","network.LINKEDIN":"لینکدین","network.SMS":"پیامک","network.COPY_LINK":"پیوند کپی‌شده","network.OTHER":"دیگر","window.LIFETIME":"همیشه","window.ROLLING":"بازهٔ غلتان","window.CALENDAR_YEAR":"سال تقویمی","tierChange.PROMOTED":"ارتقا","tierChange.AT_RISK":"در خطر","tierChange.RECOVERED":"بازیابی","tierChange.DEMOTED":"تنزل","switch.START":"شروع شد","switch.END":"پایان یافت","switch.SKIPPED":"رد شد","method.RANK":"بر اساس رتبه","method.DRAW":"قرعه","discount.PERCENTAGE":"درصدی","discount.FIXED":"مبلغ ثابت","discount.FREE_SHIPPING":"ارسال رایگان"},dr={"exports.rows.zero":"لا صفوف","exports.rows.one":"صف واحد","exports.rows.two":"صفّان","exports.rows.few":"{count} صفوف","exports.rows.many":"{count} صفًا","exports.rows.other":"{count} صف","contests.entrants.zero":"لا مشاركين","contests.entrants.one":"مشارك واحد","contests.entrants.two":"مشاركان","contests.entrants.few":"{count} مشاركين","contests.entrants.many":"{count} مشاركًا","contests.entrants.other":"{count} مشارك","tiers.deleted.zero":"تم حذف المستوى؛ لم يُنقل أي عضو.","tiers.deleted.one":"تم حذف المستوى؛ نُقل عضو واحد.","tiers.deleted.two":"تم حذف المستوى؛ نُقل عضوان.","tiers.deleted.few":"تم حذف المستوى؛ نُقل {count} أعضاء.","tiers.deleted.many":"تم حذف المستوى؛ نُقل {count} عضوًا.","tiers.deleted.other":"تم حذف المستوى؛ نُقل {count} عضو.","perk.multiplier":"مكافأة ×{value}","perk.fixed":"مكافأة {amount}","perk.entry":"{amount} عند الدخول","perk.discount":"خصم الأعضاء {percent}","perk.earlyAccess":"وصول مبكر إلى {count} مجموعات","review.confirmApprove":"الموافقة على هذه الإحالة؟","review.confirmReject":"رفض هذه الإحالة؟","review.confirmText":"{friend}، بإحالة من {advocate}. يُسجَّل السبب في سجل الإحالة.","review.reasonRequired":"اذكر السبب.","review.confirm":"تأكيد","status.RUNNING":"قيد التنفيذ","status.SUCCESS":"جاهز","nav.exports":"التصدير","exports.new":"تصدير جديد","exports.intro":"ملف CSV لبيانات القناة يُكتب في الخلفية؛ نزّله من هنا عندما يجهز.","exports.kind":"ماذا","exports.campaign":"الحملة","exports.request":"تصدير","exports.requested":"تم طلب التصدير.","exports.files":"ملفات التصدير","exports.none":"لا توجد ملفات تصدير بعد.","exports.progress":"التقدم","exports.by":"طلبه","exports.download":"تنزيل CSV","exports.rows":"{count} صف","exports.counting":"جارٍ عدّ الصفوف…","export.REFERRALS":"الإحالات","export.REWARDS":"المكافآت","export.DONATIONS":"التبرعات","export.FUNNEL":"القمع اليومي","overview.period":"الفترة","period.30":"آخر ٣٠ يوماً","period.90":"آخر ٩٠ يوماً","period.365":"آخر ٣٦٥ يوماً","period.all":"كل الوقت","overview.new":"جديد","overview.vsPrevious":"مقارنة بالفترة السابقة بنفس الطول","overview.windowRevenue":"الإيرادات مع الطلبات المتكررة ({days} يوماً)","overview.fullCost":"التكلفة الكاملة","list.sep":"، ","overview.rates":"من الزيارة إلى الطلب: {visitToOrder} ({linkOrders} طلبات بعد زيارة، من {visits} زيارات)، من الطلب إلى النجاح: {orderToConverted}، معكوسة: {reversed}","overview.costs":"أين تذهب التكلفة","overview.committed":"ما زال محتجزاً (ملتزم به، لم يُدفع): {amount}","overview.comparison":"هذه الفترة مقابل السابقة","overview.thisPeriod":"هذه الفترة","overview.previousPeriod":"الفترة السابقة","funnel.shares":"المشاركات","funnel.signups":"التسجيلات","funnel.orders":"الطلبات","cost.advocateRewards":"مكافآت المُحيلين","cost.friendDiscounts":"خصومات الأصدقاء","cost.signupRewards":"مكافآت التسجيل","cost.tierEntryRewards":"مكافآت دخول المستويات","cost.milestoneBonuses":"مكافآت المراحل","cost.contestPrizes":"جوائز المسابقات","cost.donations":"التبرعات","cost.eventCosts":"الفعاليات","cost.memberDiscounts":"خصومات الأعضاء","cost.otherRewards":"مكافآت أخرى","app.title":"الإحالات","nav.label":"صفحات اللوحة","nav.overview":"نظرة عامة","nav.review":"قائمة المراجعة","nav.referrals":"الإحالات","nav.rewards":"المكافآت","nav.tiers":"المستويات والمراحل","nav.campaigns":"الحملات","nav.contests":"المسابقات","nav.causes":"القضايا الخيرية","nav.events":"الفعاليات",language:"اللغة",loading:"جارٍ التحميل…",nothing:"لا شيء هنا بعد.",all:"الكل",total:"{count} في المجموع",page:"الصفحة {page}",pages:"الصفحات",previous:"السابق",next:"التالي",save:"حفظ",saved:"تم الحفظ.",cancel:"إلغاء",edit:"تعديل",delete:"حذف",deleted:"تم الحذف.",confirmDelete:"هل تريد الحذف؟",active:"نشط",inactive:"غير نشط",anonymous:"مجهول",signOut:"تسجيل الخروج","signIn.title":"تسجيل الدخول إلى الإحالات","signIn.intro":"استخدم حساب الموظف في Saleor.","signIn.email":"البريد الإلكتروني","signIn.password":"كلمة المرور","signIn.submit":"تسجيل الدخول","noPermission.title":"لا توجد صلاحية","noPermission.text":"لا يملك حسابك صلاحية إدارة برنامج الإحالة. اطلب من المسؤول صلاحية «إدارة الخصومات».","dashboard.waiting":"في انتظار لوحة التحكم…","channel.title":"أي قناة؟","channel.label":"القناة","channel.slug":"معرّف القناة","channel.open":"فتح","overview.revenue":"إيرادات الإحالة","overview.cost":"تكلفة المكافآت","overview.roi":"العائد على المكافآت","overview.flagged":"بانتظار المراجعة","overview.funnel":"القمع","overview.statuses":"الإحالات حسب الحالة","overview.overTime":"إيرادات الإحالة مقابل تكلفة المكافآت، شهرياً","overview.perCampaign":"لكل حملة: الإيرادات مقابل التكلفة","overview.perTier":"المُحيلون في كل مستوى","overview.networks":"الزيارات حسب شبكة المشاركة","overview.leaderboard":"أفضل المُحيلين","overview.noProgram":"لا يوجد برنامج إحالة في هذه القناة بعد.","overview.noCampaigns":"لا توجد حملات بعد.","overview.noTiers":"لا توجد مستويات بعد.","overview.inactive":"البرنامج غير نشط في هذه القناة: فعّله من إعدادات الإضافة.","overview.programLine":"يحصل الأصدقاء على {offer}؛ ويحصل المُحيلون على {reward} لكل صديق ناجح، بعد {days} يوماً.","overview.campaignLive":"حملة جارية: {name}","funnel.visits":"الزيارات","funnel.referrals":"الإحالات","funnel.qualified":"مؤهلة","funnel.converted":"ناجحة","funnel.rewarded":"مكافأة","col.created":"التاريخ","col.status":"الحالة","col.advocate":"المُحيل","col.friend":"الصديق","col.order":"الطلب","col.total":"الإجمالي","col.reason":"السبب","col.recipient":"المستلم","col.kind":"النوع","col.amount":"المبلغ","col.release":"الإصدار","col.taken":"المسترد","col.tier":"المستوى","filter.from":"من","filter.to":"إلى","filter.apply":"تصفية","referral.history":"السجل","referral.rewards":"المكافآت","review.intro":"إحالات أوقفها فحص الاحتيال ليقرر فيها شخص. الموافقة تصرف المكافأة بعد فترة الانتظار؛ الرفض يمنع صرفها.","review.reason":"السبب","review.approve":"موافقة","review.reject":"رفض","review.empty":"لا توجد إحالة بانتظار المراجعة.","review.approved":"تمت الموافقة: {who}.","review.rejected":"تم الرفض: {who}.","referrals.attributeTitle":"نسب طلب يدوياً","referrals.attributeIntro":"لصديق ذكر اسم مُحيله («كيف عرفت عنا») أو رمز فات تسجيله.","referrals.advocateEmail":"بريد المُحيل","referrals.orderId":"معرّف الطلب","referrals.source":"المصدر","referrals.attribute":"نسب","rewards.reason":"سبب الاسترداد","rewards.revoke":"استرداد","rewards.shortfall":"العجز","tiers.ladder":"السلم","tiers.new":"مستوى جديد","tiers.create":"إنشاء مستوى","tiers.created":"تم إنشاء المستوى.","tiers.none":"لا توجد مستويات بعد.","tiers.name":"الاسم","tiers.nameFa":"الاسم بالفارسية","tiers.nameAr":"الاسم بالعربية","tiers.rank":"الترتيب","tiers.minReferrals":"الإحالات الناجحة المطلوبة","tiers.minRevenue":"إيرادات الإحالة المطلوبة","tiers.window":"فترة العد","tiers.windowDays":"الأيام (نافذة متحركة)","tiers.rewardMultiplier":"مضاعف المكافأة","tiers.rewardFixed":"مكافأة ثابتة","tiers.entryReward":"مكافأة الدخول","tiers.memberDiscount":"خصم الأعضاء (٪)","tiers.earlyAccess":"مجموعات الوصول المبكر","tiers.earlyAccessHint":"معرّفات مجموعات Saleor مفصولة بفواصل","tiers.earlyAccessUntil":"الوصول المبكر حتى","tiers.reason":"سبب التغيير","tiers.reasonHint":"مطلوب عند تغيير قاعدة الدخول","tiers.payEntryRewards":"صرف مكافآت الدخول للمُحيلين الذين يوضعون الآن","tiers.rule":"قاعدة الدخول","tiers.ruleText":"{count} ناجحة، {window}","tiers.perks":"المزايا","tiers.deleteReason":"سبب الحذف (ينزل الأعضاء مستوى)","tiers.deleted":"تم حذف المستوى؛ نُقل {count} عضواً.","tiers.placement":"توزيع المُحيلين: {done} من {total}","tiers.placementDone":"اكتمل.","tiers.history":"سجل مستوى مُحيل","tiers.historyShow":"عرض","tiers.now":"المستوى الحالي","tiers.demoteAfter":"ينزل بعد","tiers.fromTo":"من ← إلى","tiers.converted":"ناجحة","milestones.title":"المراحل والشارات","milestones.new":"مرحلة جديدة","milestones.create":"إنشاء مرحلة","milestones.created":"تم إنشاء المرحلة.","milestones.slug":"معرّف الشارة","milestones.referrals":"الإحالات الناجحة","milestones.bonus":"المكافأة","milestones.payBonuses":"صرف المكافآت للمُحيلين الذين تجاوزوها","campaigns.new":"حملة جديدة","campaigns.create":"إنشاء حملة","campaigns.created":"تم إنشاء الحملة.","campaigns.none":"لا توجد حملات بعد.","campaigns.name":"الاسم","campaigns.startsAt":"البداية","campaigns.endsAt":"النهاية","campaigns.imageUrl":"رابط الصورة","campaigns.copy":"نص صفحة الهبوط","campaigns.title":"العنوان","campaigns.description":"الوصف","campaigns.friendOffer":"عرض الصديق","campaigns.programOffer":"عرض البرنامج","campaigns.value":"القيمة","campaigns.minSpent":"الحد الأدنى للسلة","campaigns.advocateReward":"مكافأة المُحيل","campaigns.amount":"المبلغ","campaigns.multiplier":"المضاعف","campaigns.window":"الفترة","campaigns.results":"النتائج","campaigns.resultsText":"{referrals} إحالة، {converted} ناجحة","campaigns.switches":"تبديلات العرض","contests.new":"مسابقة جديدة","contests.create":"إنشاء مسابقة","contests.created":"تم إنشاء المسابقة.","contests.none":"لا توجد مسابقات بعد.","contests.name":"الاسم","contests.minReferrals":"الإحالات الناجحة للمشاركة","contests.prizes":"الجوائز","contests.addPrize":"إضافة جائزة","contests.description":"الوصف","contests.details":"الترتيب والجوائز","contests.standings":"الترتيب","contests.threshold":"{count} للمشاركة","contests.entrants":"{count} مشارك","contests.seed":"بذرة السحب","contests.seedHint":"فارغة: بذرة عشوائية تُسجَّل","contests.decide":"احسم الآن","contests.decided":"تم حسم المسابقة.","contests.decidedBy":"حسمها {who}، البذرة {seed}.","contests.method":"الطريقة","contests.winner":"الفائز","contests.fulfilled":"تم التسليم","contests.note":"ملاحظة (رقم التتبع…)","contests.fulfil":"تأكيد التسليم","contests.fulfilledNotice":"تم تسجيل تسليم الجائزة.","causes.new":"قضية جديدة","causes.create":"إنشاء قضية","causes.created":"تم إنشاء القضية.","causes.none":"لا توجد قضايا بعد.","causes.name":"الاسم","causes.description":"الوصف","causes.url":"الموقع","causes.goal":"الهدف","causes.perReferral":"التبرع لكل إحالة ناجحة","causes.raised":"المجموع","causes.pending":"للدفع","causes.paidOut":"المدفوع","causes.shortfall":"العجز","causes.donations":"التبرعات","causes.progress":"التقدم","causes.recordPayout":"تسجيل دفعة","causes.reference":"مرجع الدفع","causes.payoutIntro":"يسجّل أن {amount} (كل التبرعات المصروفة حتى الآن) دُفع للقضية.","causes.paid":"تم تسجيل دفعة بقيمة {amount}.","events.new":"فعالية جديدة","events.create":"إنشاء فعالية","events.created":"تم إنشاء الفعالية.","events.none":"لا توجد فعاليات بعد.","events.name":"الاسم","events.startsAt":"البداية","events.capacity":"السعة","events.minTier":"الحد الأدنى للمستوى","events.everyone":"كل المُحيلين","events.passes":"تذاكر الضيوف لكل عضو","events.cost":"التكلفة","events.invite":"إرسال دعوات للأعضاء بالبريد","events.seats":"المقاعد المتبقية","events.invited":"الأعضاء المدعوون","events.redeemed":"التذاكر المستخدمة","customer.title":"إحالات العميل","customer.missing":"افتح هذه الصفحة من صفحة عميل في لوحة التحكم.","customer.none":"لا يوجد برنامج إحالة أو لا يوجد هذا العميل.","customer.code":"الرمز","customer.friends":"الأصدقاء","customer.earned":"المكتسب","customer.statsText":"{visits} زيارة، {orders} طلب، {pending} معلّقة، {rewarded} مكافأة","customer.nextTier":"{count} أخرى حتى {tier}","customer.atRisk":"المستوى مهدد حتى","customer.memberCode":"رمز العضوية","customer.referrals":"الإحالات ({count})","customer.rewards":"المكافآت ({count})","order.title":"إحالة الطلب","order.missing":"افتح هذه الصفحة من صفحة طلب في لوحة التحكم.","order.none":"لا توجد إحالة لهذا الطلب.","status.PENDING":"معلّقة","status.QUALIFIED":"مؤهلة","status.APPROVED":"موافق عليها","status.REWARDED":"مكافأة","status.FLAGGED":"مُعلَّمة","status.REJECTED":"مرفوضة","status.REVERSED":"معكوسة","status.HELD":"محتجزة","status.ISSUED":"صادرة","status.CANCELLED":"ملغاة","status.REVOKED":"مستردة","status.FAILED":"فاشلة","status.SCHEDULED":"مجدولة","status.LIVE":"جارية","status.ENDED":"منتهية","status.OPEN":"مفتوحة","status.DECIDED":"محسومة","side.ADVOCATE":"المُحيل","side.FRIEND":"الصديق","kind.VOUCHER":"قسيمة","kind.STORE_CREDIT":"رصيد المتجر","kind.DONATION":"تبرع","kind.PERK":"ميزة","kind.PHYSICAL":"جائزة عينية","source.CODE":"رمز","source.LINK":"رابط","source.SIGNUP":"تسجيل","source.MANUAL":"يدوي","source.SURVEY":"استبيان","source.EVENT":"تذكرة فعالية","network.EMAIL":"البريد","network.WHATSAPP":"واتساب","network.TELEGRAM":"تيليجرام","network.X":"إكس","network.FACEBOOK":"فيسبوك","network.LINKEDIN":"لينكدإن","network.SMS":"رسالة نصية","network.COPY_LINK":"رابط منسوخ","network.OTHER":"أخرى","window.LIFETIME":"دائماً","window.ROLLING":"نافذة متحركة","window.CALENDAR_YEAR":"سنة تقويمية","tierChange.PROMOTED":"ترقية","tierChange.AT_RISK":"مهدد","tierChange.RECOVERED":"استعادة","tierChange.DEMOTED":"تخفيض","switch.START":"بدأت","switch.END":"انتهت","switch.SKIPPED":"تم التخطي","method.RANK":"حسب الترتيب","method.DRAW":"سحب","discount.PERCENTAGE":"نسبة مئوية","discount.FIXED":"مبلغ ثابت","discount.FREE_SHIPPING":"شحن مجاني"};for(let e of[ur,dr])e["language.en"]=Xe["language.en"],e["language.fa"]=Xe["language.fa"],e["language.ar"]=Xe["language.ar"];for(let[e,t]of Object.entries({en:Xe,fa:ur,ar:dr}))Object.assign(t,Sn[e]);var Ze={en:Xe,fa:ur,ar:dr};var mr=["en","fa","ar"],xn={en:"en-US",fa:"fa-IR-u-nu-arabext",ar:"ar-EG-u-nu-arab"},ye="en";function _t(...e){for(let t of e){let r=String(t||"").slice(0,2).toLowerCase();if(mr.includes(r))return r}return"en"}function Dn(e){ye=_t(e),document.documentElement.lang=ye,document.documentElement.dir=et()}var se=()=>ye,et=()=>ye==="en"?"ltr":"rtl",Se=()=>xn[ye],Le=()=>et()==="rtl"?"←":"→";function Vs(e,t){if(typeof t!="number")return e;let r=new Intl.PluralRules(xn[ye]).select(t),n=Ze[ye];return`${e}.${r}`in n?`${e}.${r}`:`${e}.other`in n?`${e}.other`:e}function a(e,t={}){let r=Vs(e,t.count);return(Ze[ye][r]??Ze.en[r]??Ze.en[e]??e).replace(/\{(\w+)\}/g,(s,o)=>typeof t[o]=="number"?T(t[o]):String(t[o]??""))}var S=(e,t)=>a(`${e}.${t}`),T=(e,t={})=>new Intl.NumberFormat(Se(),t).format(e);function D(e){if(!e)return"—";try{return new Intl.NumberFormat(Se(),{style:"currency",currency:e.currency}).format(e.amount)}catch{return`${T(e.amount)} ${e.currency}`}}var kn=e=>new Intl.NumberFormat(Se(),{notation:"compact",maximumFractionDigits:1}).format(e),ue=e=>new Intl.NumberFormat(Se(),{style:"percent",maximumFractionDigits:1}).format(e),In=e=>new Intl.DateTimeFormat(Se(),{dateStyle:"medium"}).format(new Date(e)),Tn=e=>new Intl.DateTimeFormat(Se(),{dateStyle:"medium",timeStyle:"short"}).format(new Date(e)),Pn=e=>new Intl.DateTimeFormat(Se(),{month:"short",year:"2-digit",timeZone:"UTC"}).format(e);var Bs=["channel","lang"];function On(e){let t=new URLSearchParams,r=new URLSearchParams(location.search);for(let u of Bs)r.get(u)&&t.set(u,r.get(u));function n(){return{page:(location.pathname.startsWith(e)?location.pathname.slice(e.length):"").replace(/\/+$/,"")||"overview",query:new URLSearchParams(location.search)}}function s(u,c={}){let m=new URLSearchParams(t);for(let[f,$]of Object.entries(c))$!=null&&$!==""&&m.set(f,$);let d=m.toString();return e+(u==="overview"?"":u)+(d?`?${d}`:"")}let o=new Set;function i(u,c){history.pushState(null,"",s(u,c)),o.forEach(m=>m())}addEventListener("popstate",()=>o.forEach(u=>u()));function p(){let[u,c]=_(n);return K(()=>{let m=()=>c(n());return o.add(m),()=>o.delete(m)},[]),u}return{href:s,navigate:i,useRoute:p}}var Fn=function(e,t,r,n){var s;t[0]=0;for(var o=1;o<t.length;o++){var i=t[o++],p=t[o]?(t[0]|=i?1:2,r[t[o++]]):t[++o];i===3?n[0]=p:i===4?n[1]=Object.assign(n[1]||{},p):i===5?(n[1]=n[1]||{})[t[++o]]=p:i===6?n[1][t[++o]]+=p+"":i?(s=e.apply(p,Fn(e,p,r,["",null])),n.push(s),p[0]?t[0]|=2:(t[o-2]=0,t[o]=s)):n.push(p)}return n},Nn=new Map;function Ln(e){var t=Nn.get(this);return t||(t=new Map,Nn.set(this,t)),(t=Fn(this,t.get(e)||(t.set(e,t=(function(r){for(var n,s,o=1,i="",p="",u=[0],c=function(f){o===1&&(f||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,f,i):o===3&&(f||i)?(u.push(3,f,i),o=2):o===2&&i==="..."&&f?u.push(4,f,0):o===2&&i&&!f?u.push(5,0,!0,i):o>=5&&((i||!f&&o===5)&&(u.push(o,0,i,s),o=6),f&&(u.push(o,f,0,s),o=6)),i=""},m=0;m<r.length;m++){m&&(o===1&&c(),c(m));for(var d=0;d<r[m].length;d++)n=r[m][d],o===1?n==="<"?(c(),u=[u],o=3):i+=n:o===4?i==="--"&&n===">"?(o=1,i=""):i=n+i[0]:p?n===p?p="":i+=n:n==='"'||n==="'"?p=n:n===">"?(c(),o=1):o&&(n==="="?(o=5,s=i,i=""):n==="/"&&(o<5||r[m][d+1]===">")?(c(),o===3&&(u=u[0]),o=u,(u=u[0]).push(2,0,o),o=0):n===" "||n==="	"||n===`
`||n==="\r"?(c(),o=2):i+=n),o===3&&i==="!--"&&(o=4,u=u[0])}return c(),u})(e)),t),arguments,[])).length>1?t:t[0]}var l=Ln.bind(he),yt=Te(null),x=()=>dt(yt);function H(e,t,r=[]){let n=x(),[s,o]=_({loading:!0,data:null,error:null}),[i,p]=_(0);K(()=>{let c=!0;return o(m=>({...m,loading:!0})),n.gql(e,t).then(m=>c&&o({loading:!1,data:m,error:null}),m=>{c&&(m instanceof me&&m.kind!=="query"&&n.onApiError(m),o({loading:!1,data:null,error:m}))}),()=>{c=!1}},[...r,i,n.channel]);let u=ut(()=>p(c=>c+1),[]);return{...s,reload:u}}function N(e,t){let r=x(),[n,s]=_([]),[o,i]=_(!1);async function p(u){i(!0);try{let{payload:c,errors:m}=await mt(r.gql,e,u,t);return s(m),m.length?null:c}catch(c){return c instanceof me&&c.kind!=="query"&&r.onApiError(c),s([{field:c.field||null,code:"INVALID",message:c.message}]),null}finally{i(!1)}}return{run:p,errors:n,setErrors:s,busy:o}}var Un=(e,t)=>!!e&&(e===t||e.startsWith(t)&&/[A-Z]/.test(e[t.length])),Gs=(e,t)=>e.filter(r=>Un(r.field,t));function g({label:e,name:t,errors:r=[],hint:n,children:s}){let o=Gs(r,t);return l`<div class=${`field${o.length?" invalid":""}`} data-field=${t}>
    <label>
      <span class="field-label">${e}</span>
      ${s}
    </label>
    ${n&&l`<small class="hint">${n}</small>`}
    ${o.map(i=>l`<p class="field-error" role="alert" data-code=${i.code}>${i.message}</p>`)}
  </div>`}function V({errors:e,fields:t}){let r=e.filter(n=>!n.field||!t.some(s=>Un(n.field,s)));return r.length?l`<div class="form-errors" role="alert">
    ${r.map(n=>l`<p class="field-error" data-code=${n.code}>
          ${n.field?l`<b>${n.field}</b>: `:""}${n.message}
        </p>`)}
  </div>`:null}function b({name:e,value:t,set:r,type:n="text",...s}){return l`<input
    name=${e}
    type=${n}
    value=${t??""}
    onInput=${o=>r(e,n==="checkbox"?o.target.checked:o.target.value)}
    ...${s}
  />`}function we({name:e,value:t,set:r,text:n}){return l`<label class="check">
    <input
      type="checkbox"
      name=${e}
      checked=${!!t}
      onChange=${s=>r(e,s.target.checked)}
    />
    ${n}</label
  >`}function X({name:e,value:t,set:r,options:n}){return l`<select name=${e} value=${t??""} onChange=${s=>r(e,s.target.value)}>
    ${n.map(([s,o])=>l`<option value=${s} selected=${s===(t??"")}>${o}</option>`)}
  </select>`}function z(e){let[t,r]=_(e);return{values:t,set:(s,o)=>r(i=>({...i,[s]:o})),setValues:r}}var Q=e=>e===""||e===null||e===void 0?null:Number(e),pe=e=>e===""||e===null||e===void 0?null:parseInt(e,10),Y=e=>e?new Date(e).toISOString():null;function fe(e){if(!e)return"";let t=new Date(e),r=n=>String(n).padStart(2,"0");return`${t.getFullYear()}-${r(t.getMonth()+1)}-${r(t.getDate())}T${r(t.getHours())}:${r(t.getMinutes())}`}function W(){return l`<p class="muted loading">${a("loading")}</p>`}function L({error:e}){return e?l`<div class="form-errors" role="alert"><p class="field-error">${e.message}</p></div>`:null}function be({value:e}){return e?l`<span class="num">${D(e)}</span>`:l`<span class="muted">—</span>`}var U=({value:e,time:t=!0})=>e?l`<time datetime=${e}>${t?Tn(e):In(e)}</time>`:l`<span class="muted">—</span>`,re=({value:e})=>l`<span class=${`badge status-${String(e).toLowerCase()}`}>${S("status",e)}</span>`;function Ue(){let[e,t]=_([null]);return{after:e[e.length-1],page:e.length,next:n=>t(s=>[...s,n]),previous:()=>t(n=>n.length>1?n.slice(0,-1):n),reset:()=>t([null])}}function Me({pager:e,connection:t}){return t?l`<nav class="pager" aria-label=${a("pages")}>
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
  </nav>`:null}function I({title:e,actions:t,children:r,id:n}){return l`<section class="card" id=${n}>
    <header class="card-header"><h2>${e}</h2>${t}</header>
    ${r}
  </section>`}function P({text:e}){return l`<p class="muted empty">${e||a("nothing")}</p>`}var tt=(e,t)=>["fa","ar"].filter(r=>(e[`${t}_${r}`]||"").trim()).map(r=>({language:r,name:e[`${t}_${r}`].trim()}));var wt=["var(--chart-1)","var(--chart-2)","var(--chart-3)","var(--chart-4)"],qs=222,Ks=(e,t)=>{let r=t>1?34+e*34/(t-1):45;return`hsl(${qs}, 65%, ${Math.round(r)}%)`};function Mn(e){let t=ve(null),[r,n]=_(e);return Vt(()=>{let s=t.current;if(!s)return;let o=()=>{let p=Math.floor(s.getBoundingClientRect().width);p>0&&n(p)};if(o(),typeof ResizeObserver>"u")return;let i=new ResizeObserver(o);return i.observe(s),()=>i.disconnect()},[]),[t,r]}function js(e,{integer:t=!1,count:r=4}={}){let n=Math.max(e,t?1:0)||1,s=n/r,o=10**Math.floor(Math.log10(s)),i=[1,2,5,10].map(u=>u*o).find(u=>u>=s);t&&(i=Math.max(1,Math.ceil(i)));let p=[];for(let u=0;u<n+i/2;u+=i)p.push(Number(u.toPrecision(12)));return p[p.length-1]<n&&p.push(Number((p[p.length-1]+i).toPrecision(12))),p}var zs=(e,t)=>{let r=Math.max(3,Math.floor(t/6.6)),n=String(e);return n.length>r?`${n.slice(0,r-1)}…`:n},Hn=(e,t)=>{let r=zs(e,t);return r===String(e)?r:l`${r}<title>${e}</title>`};function bt({items:e,title:t,format:r=T,name:n}){let[s,o]=Mn(420),i=40,p=Math.max(e.length,1)*i+4,u=Math.max(1,...e.map(f=>f.value)),c=et()==="rtl",d=Math.max(40,o-96-8);return l`<figure class="chart-figure" data-chart=${n} ref=${s}>
    <svg class="chart bar-chart" width=${o} height=${p} viewBox=${`0 0 ${o} ${p}`}
      role="img" aria-label=${t}>
      ${e.map((f,$)=>{let v=2+$*i,h=Math.max(f.value>0?2:0,f.value/u*d),y=c?o-4-h:4,w=c?o-4:4,R=c?y-6:y+h+6,G=f.color||Ks($,e.length);return l`<g>
          <text x=${w} y=${v+14} text-anchor="start" direction=${c?"rtl":"ltr"} class="chart-label">
            ${Hn(f.label,o-8)}
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
  </figure>`}function rt({labels:e,series:t,title:r,format:n=T,name:s,integer:o}){let[i,p]=Mn(860),u=o??n===T,c=260,m=12,d=40,f=56,$=c-m-d,v=js(Math.max(0,...t.flatMap(C=>C.values)),{integer:u}),h=v[v.length-1],y=et()==="rtl",w=(p-f-8)/Math.max(e.length,1),R=Math.max(3,(w-8)/t.length),G=(C,F)=>{let M=f+C*w+4+F*R;return y?p-M-R:M};return l`<figure class="chart-figure" data-chart=${s} ref=${i}>
    <svg class="chart column-chart" width=${p} height=${c} viewBox=${`0 0 ${p} ${c}`}
      role="img" aria-label=${r}>
      ${v.map(C=>{let F=m+$-C/h*$;return l`<g>
          <line x1=${y?0:f} x2=${y?p-f:p} y1=${F} y2=${F} class="grid" />
          <text x=${y?p-4:f-6} y=${F+4} text-anchor="end" class="chart-axis tick"
            direction="ltr" data-tick=${C}>
            ${u?T(C):kn(C)}
          </text>
        </g>`})}
      ${e.map((C,F)=>l`<g>
          ${t.map((M,E)=>{let ee=M.values[F]||0,J=ee/h*$;return l`<rect
              class="bar"
              x=${G(F,E)}
              y=${m+$-J}
              width=${R-1}
              height=${J}
              style=${`fill:${M.color||wt[E%wt.length]}`}
              data-series=${M.name}
              data-value=${ee}
            ><title>${C} · ${M.name}: ${n(ee)}</title></rect>`})}
          <text
            x=${y?p-(f+F*w+w/2):f+F*w+w/2}
            y=${c-d+16}
            text-anchor="middle"
            class="chart-axis"
          >${Hn(C,w-4)}</text>
        </g>`)}
    </svg>
    <figcaption>
      <span>${r}</span>
      <span class="legend">
        ${t.map((C,F)=>l`<span class="legend-item"><i style=${`background:${C.color||wt[F%wt.length]}`}></i>${C.name}</span>`)}
      </span>
    </figcaption>
    <table class="sr-only">
      <thead><tr><th></th>${t.map(C=>l`<th>${C.name}</th>`)}</tr></thead>
      <tbody>
        ${e.map((C,F)=>l`<tr><th>${C}</th>${t.map(M=>l`<td>${n(M.values[F]||0)}</td>`)}</tr>`)}
      </tbody>
    </table>
  </figure>`}var Js=12,Wn=864e5,pr={30:30,90:90,365:365,all:null};function Qs(e=new Date){let t=[];for(let r=Js-1;r>=-1;r-=1)t.push(new Date(Date.UTC(e.getUTCFullYear(),e.getUTCMonth()-r,1)));return t}function Ys(e,t=new Date){let r=pr[e];if(!r)return null;let n=Date.UTC(t.getUTCFullYear(),t.getUTCMonth(),t.getUTCDate())+Wn;return{gte:new Date(n-r*Wn).toISOString(),lte:new Date(n).toISOString()}}var ne="{ amount currency }",Vn=["advocateRewards","friendDiscounts","signupRewards","tierEntryRewards","milestoneBonuses","contestPrizes","donations","eventCosts","memberDiscounts","otherRewards"],We=["shares","visits","signups","orders","qualified","converted","rewarded"],Xs=`query Overview($channel: String!, $period: ReferralPeriodInput, $compare: Boolean!, $language: String) {
  report: referralReport(channel: $channel, period: $period, compareWithPrevious: $compare) {
    start end
    funnel { ${We.join(" ")} reversed linkOrders visitsByNetwork { network count } sharesByNetwork { network count }
      visitToOrderRate orderToConvertedRate }
    money { repeatWindowDays referredOrders repeatOrders firstOrderRevenue ${ne} windowRevenue ${ne}
      costs { ${Vn.map(e=>`${e} ${ne}`).join(" ")} } totalCost ${ne} committed ${ne}
      returnOnRewards windowReturnOnRewards }
    previous { start end funnel { ${We.join(" ")} }
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
}`;function Zs(e){return`query OverviewMonths($channel: String!) { ${e.slice(0,-1).map((r,n)=>`m${n}: referralReport(channel: $channel, period: {gte: "${r.toISOString()}", lte: "${e[n+1].toISOString()}"}) { money { firstOrderRevenue ${ne} totalCost ${ne} } }`).join(`
`)} }`}var eo=`query Leaderboard($channel: String!) {
  referralLeaderboard(channel: $channel, period: ALL_TIME, first: 10) { rank name convertedReferrals }
}`;function to({query:{data:e,error:t,loading:r}}){if(r)return l`<${W} />`;if(t)return l`<${L} error=${t} />`;let n=e.referralLeaderboard||[];return n.length?l`<ol class="leaderboard">
    ${n.map(s=>l`<li><span>${s.name||a("anonymous")}</span><b class="num">${T(s.convertedReferrals)}</b></li>`)}
  </ol>`:l`<${P} />`}function ro({starts:e,query:{data:t,error:r,loading:n},money:s}){if(n)return l`<${W} />`;if(r)return l`<${L} error=${r} />`;let o=e.slice(0,-1),i=p=>t[`m${p}`];return l`<${rt}
    name="money"
    title=${a("overview.overTime")}
    format=${s}
    labels=${o.map(p=>Pn(p))}
    series=${[{name:a("overview.revenue"),values:o.map((p,u)=>i(u)?.money.firstOrderRevenue.amount??0)},{name:a("overview.fullCost"),values:o.map((p,u)=>i(u)?.money.totalCost.amount??0)}]}
  />`}function no({program:e}){if(!e)return l`<p class="notice warn" role="status">${a("overview.inactive")}</p>`;let t=e.friendOffer,r=t.type==="PERCENTAGE"?ue(t.value/100):t.type==="FIXED"?D({amount:t.value,currency:t.currency}):S("discount",t.type);return l`<p class="program-line muted" data-program>
    ${a("overview.programLine",{offer:r,reward:`${D(e.advocateReward.amount)} (${S("kind",e.advocateReward.type)})`,days:e.holdDays})}
    ${e.campaign?l`${a("list.sep")}${a("overview.campaignLive",{name:e.campaign.name})}`:""}
  </p>`}function ao({now:e,before:t}){if(t==null)return null;if(!t)return e?l`<small class="change up">${a("overview.new")}</small>`:null;let r=(e-t)/t,n=r>0?"+":"";return l`<small class=${`change ${r>0?"up":r<0?"down":""}`} title=${a("overview.vsPrevious")}>
    ${n}${ue(r)}
  </small>`}function He({title:e,value:t,name:r,now:n,before:s}){return l`<div class="kpi" data-kpi=${r}>
    <span class="kpi-title">${e}</span>
    <strong class="num">${t}</strong>
    <${ao} now=${n} before=${s} />
  </div>`}function Bn({query:e}){let t=x(),[r,n]=_(()=>e.get("period")in pr?e.get("period"):"30"),[s]=_(Qs),o=Ys(r),{data:i,error:p,loading:u}=H(Xs,{channel:t.channel,period:o,compare:!!o,language:se()},[r]),c=H(Zs(s),{channel:t.channel}),m=H(eo,{channel:t.channel}),d=l`<label class="period-picker">
    <span class="sr-only">${a("overview.period")}</span>
    <select name="period" value=${r} onChange=${E=>n(E.target.value)}>
      ${Object.keys(pr).map(E=>l`<option value=${E} selected=${E===r}>${a(`period.${E}`)}</option>`)}
    </select>
  </label>`,f=l`<header class="page-header"><h1>${a("nav.overview")}</h1>${d}</header>`;if(u&&!i)return l`${f}<${W} />`;if(p)return l`${f}<${L} error=${p} />`;let $=i.report;if(!$)return l`${f}<${P} text=${a("overview.noProgram")} />`;let{funnel:v,money:h}=$,y=$.previous,w=h.totalCost.currency,R=E=>D({amount:E,currency:w}),G=E=>E==null?"—":`${T(E,{maximumFractionDigits:2})}×`,C=i.referralCampaigns.filter(E=>E.results),F=[...new Set([...v.sharesByNetwork,...v.visitsByNetwork].map(E=>E.network))],M=(E,ee)=>E.find(J=>J.network===ee)?.count??0;return l`${f}
    <${no} program=${i.referralProgram} />
    <div class="kpis">
      <${He} name="revenue" title=${a("overview.revenue")} value=${D(h.firstOrderRevenue)}
        now=${h.firstOrderRevenue.amount} before=${y?.money.firstOrderRevenue.amount} />
      <${He} name="window-revenue" title=${a("overview.windowRevenue",{days:h.repeatWindowDays})}
        value=${D(h.windowRevenue)} now=${h.windowRevenue.amount} before=${y?.money.windowRevenue.amount} />
      <${He} name="cost" title=${a("overview.fullCost")} value=${D(h.totalCost)}
        now=${h.totalCost.amount} before=${y?.money.totalCost.amount} />
      <${He} name="roi" title=${a("overview.roi")} value=${G(h.returnOnRewards)}
        now=${h.returnOnRewards} before=${y?.money.returnOnRewards} />
      <${He} name="converted" title=${a("funnel.converted")} value=${T(v.converted)}
        now=${v.converted} before=${y?.funnel.converted} />
      <${He} name="flagged" title=${a("overview.flagged")} value=${T(i.summary?i.summary.flagged:0)} />
    </div>
    <div class="grid-2">
      <${I} title=${a("overview.funnel")} id="funnel">
        <${bt} name="funnel" title=${a("overview.funnel")}
          items=${We.map(E=>({label:a(`funnel.${E}`),value:v[E]}))} />
        <p class="muted small">
          ${a("overview.rates",{visitToOrder:v.visitToOrderRate===null?"—":ue(v.visitToOrderRate),linkOrders:v.linkOrders,visits:v.visits,orderToConverted:v.orderToConvertedRate===null?"—":ue(v.orderToConvertedRate),reversed:v.reversed})}
        </p>
      <//>
      <${I} title=${a("overview.costs")} id="costs">
        <${bt} name="costs" title=${a("overview.costs")} format=${R}
          items=${Vn.map(E=>({label:a(`cost.${E}`),value:h.costs[E].amount}))} />
        <p class="muted small">${a("overview.committed",{amount:D(h.committed)})}</p>
      <//>
    </div>
    ${y&&l`<${I} title=${a("overview.comparison")} id="comparison">
      <${rt} name="comparison" title=${a("overview.comparison")}
        labels=${We.map(E=>a(`funnel.${E}`))}
        series=${[{name:a("overview.thisPeriod"),values:We.map(E=>v[E])},{name:a("overview.previousPeriod"),values:We.map(E=>y.funnel[E])}]} />
    <//>`}
    <${I} title=${a("overview.overTime")} id="over-time">
      <${ro} starts=${s} query=${c} money=${R} />
    <//>
    <div class="grid-2">
      <${I} title=${a("overview.perCampaign")} id="per-campaign">
        ${C.length?l`<${rt}
              name="campaigns"
              title=${a("overview.perCampaign")}
              format=${R}
              labels=${C.map(E=>E.name)}
              series=${[{name:a("overview.revenue"),values:C.map(E=>E.results.referredRevenue.amount)},{name:a("cost.advocateRewards"),values:C.map(E=>E.results.rewardCost.amount)}]}
            />`:l`<${P} text=${a("overview.noCampaigns")} />`}
      <//>
      <${I} title=${a("overview.perTier")} id="per-tier">
        ${i.referralTiers.length?l`<${bt}
              name="tiers"
              title=${a("overview.perTier")}
              items=${i.referralTiers.map(E=>({label:E.name,value:E.members}))}
            />`:l`<${P} text=${a("overview.noTiers")} />`}
      <//>
    </div>
    <div class="grid-2">
      <${I} title=${a("overview.networks")} id="networks">
        ${F.length?l`<${rt}
              name="networks"
              title=${a("overview.networks")}
              labels=${F.map(E=>S("network",E))}
              series=${[{name:a("funnel.shares"),values:F.map(E=>M(v.sharesByNetwork,E))},{name:a("funnel.visits"),values:F.map(E=>M(v.visitsByNetwork,E))}]}
            />`:l`<${P} />`}
      <//>
      <${I} title=${a("overview.leaderboard")} id="leaderboard">
        <${to} query=${m} />
      <//>
    </div>`}var xe=`id status statusReason source advocateEmail friendEmail friendName code
  orderId orderNumber orderTotal { amount currency } createdAt
  history { fromStatus toStatus reason createdAt }
  rewards { id side kind status amount { amount currency } releaseAt voucherCode }`,Ve="totalCount pageInfo { hasNextPage endCursor }",so=`mutation Review($id: ID!, $decision: ReferralReviewDecisionEnum!, $reason: String) {
  referralReview(id: $id, decision: $decision, reason: $reason) {
    referral { id status statusReason } ${O}
  }
}`;function De({referral:e}){return l`<div class="details">
    <div>
      <h3>${a("referral.history")}</h3>
      <ol class="history">
        ${(e.history||[]).map(t=>l`<li>
            <${U} value=${t.createdAt} />
            <span>${t.fromStatus?S("status",t.fromStatus):"—"} ${Le()} ${S("status",t.toStatus)}</span>
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
  </div>`}function ke({referral:e,onDone:t}){let[r,n]=_(null),[s,o]=_(""),[i,p]=_(!1),u=ve(null),c=N(so,"referralReview");K(()=>{let v=u.current;v&&(r&&!v.open&&(v.showModal?v.showModal():v.setAttribute("open",""),v.querySelector("textarea")?.focus()),!r&&v.open&&v.close())},[r]);let m=v=>{o(""),p(!1),n(v)};async function d(v){if(v.preventDefault(),!s.trim()){p(!0);return}let h=await c.run({id:e.id,decision:r,reason:s.trim()});if(h){let y=r;n(null),t(h.referral,y)}}let f=i?[{field:"reason",code:"REQUIRED",message:a("review.reasonRequired")},...c.errors]:c.errors,$=e.friendEmail||e.friendName||"—";return l`<div class="review-form" data-referral=${e.id}>
    <div class="actions">
      <button type="button" name="approve" disabled=${c.busy} onClick=${()=>m("APPROVE")}>${a("review.approve")}</button>
      <button type="button" name="reject" class="danger" disabled=${c.busy} onClick=${()=>m("REJECT")}>${a("review.reject")}</button>
    </div>
    <dialog ref=${u} class="review-dialog" data-decision=${r||""} onClose=${()=>n(null)}
      aria-labelledby=${`review-title-${e.id}`}>
      <form method="dialog" name="review" onSubmit=${d} noValidate>
        <h2 id=${`review-title-${e.id}`}>${a(r==="REJECT"?"review.confirmReject":"review.confirmApprove")}</h2>
        <p class="muted">${a("review.confirmText",{friend:$,advocate:e.advocateEmail||"—"})}</p>
        <${g} label=${a("review.reason")} name="reason" errors=${f}>
          <textarea name="reason" rows="3" required value=${s} onInput=${v=>{o(v.target.value),p(!1)}}></textarea>
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
  </div>`}function Et({referral:e,open:t,onToggle:r,children:n}){let s=o=>{(o.key==="Enter"||o.key===" ")&&(o.preventDefault(),r())};return l`<tr class="row" data-id=${e.id} onClick=${r} onKeyDown=${s}
      tabindex="0" aria-expanded=${t}>
      <td><${U} value=${e.createdAt} /></td>
      <td><${re} value=${e.status} /></td>
      <td>${e.advocateEmail||"—"}<br /><small class="muted">${e.code}</small></td>
      <td>${e.friendEmail||e.friendName||"—"}</td>
      <td>${e.orderNumber?`#${e.orderNumber}`:"—"}</td>
      <td><${be} value=${e.orderTotal} /></td>
      <td class="muted">${e.statusReason||S("source",e.source)}</td>
    </tr>
    ${t&&l`<tr class="expanded"><td colspan="7">${n}</td></tr>`}`}var Rt=()=>l`<thead><tr>
  <th>${a("col.created")}</th><th>${a("col.status")}</th><th>${a("col.advocate")}</th>
  <th>${a("col.friend")}</th><th>${a("col.order")}</th><th>${a("col.total")}</th><th>${a("col.reason")}</th>
</tr></thead>`;var oo=`query Queue($channel: String!, $after: String) {
  referrals(channel: $channel, filter: {status: [FLAGGED]}, first: 20, after: $after) {
    ${Ve}
    edges { node { ${xe} } }
  }
}`;function Gn(){let e=x(),t=Ue(),[r,n]=_(null),{data:s,error:o,loading:i,reload:p}=H(oo,{channel:e.channel,after:t.after},[t.after]),u=s&&s.referrals;return l`<h1>${a("nav.review")}</h1>
    <p class="muted">${a("review.intro")}</p>
    ${r&&l`<p class="notice" role="status">${r}</p>`}
    ${i&&!s&&l`<${W} />`}
    <${L} error=${o} />
    ${u&&(u.edges.length?l`<ul class="queue">
          ${u.edges.map(({node:c})=>l`<li class="card queue-item" data-id=${c.id}>
              <header class="queue-head">
                <${re} value=${c.status} />
                <b>${c.advocateEmail}</b> ${Le()} <b>${c.friendEmail||c.friendName}</b>
                <span class="muted">${c.orderNumber?`#${c.orderNumber}`:""}</span>
                <${be} value=${c.orderTotal} />
                <${U} value=${c.createdAt} />
              </header>
              <p class="flag-reason">${c.statusReason}</p>
              <${De} referral=${c} />
              <${ke}
                referral=${c}
                onDone=${(m,d)=>{n(a(d==="APPROVE"?"review.approved":"review.rejected",{who:c.friendEmail||c.friendName})),p()}}
              />
            </li>`)}
        </ul>`:l`<${P} text=${a("review.empty")} />`)}
    <${Me} pager=${t} connection=${u} />`}var io=["PENDING","QUALIFIED","APPROVED","REWARDED","FLAGGED","REJECTED","REVERSED"],lo=`query Referrals($channel: String!, $filter: ReferralFilterInput, $after: String, $language: String) {
  referrals(channel: $channel, filter: $filter, first: 25, after: $after) {
    ${Ve}
    edges { node { ${xe} } }
  }
  referralTiers(channel: $channel) { id name(languageCode: $language) }
}`,co=`mutation Attribute($channel: String!, $advocateEmail: String!, $orderId: ID!, $source: ReferralManualSourceEnum) {
  referralCreate(channel: $channel, advocateEmail: $advocateEmail, orderId: $orderId, source: $source) {
    referral { id status } ${O}
  }
}`;function qn(e){let t={};return e.status&&(t.status=[e.status]),e.advocateEmail.trim()&&(t.advocateEmail=e.advocateEmail.trim()),e.friendEmail.trim()&&(t.friendEmail=e.friendEmail.trim()),e.createdFrom&&(t.createdFrom=Y(e.createdFrom)),e.createdTo&&(t.createdTo=Y(e.createdTo)),e.tier&&(t.tier=e.tier),t}function uo({onDone:e}){let t=x(),r=z({advocateEmail:"",orderId:"",source:"MANUAL"}),n=N(co,"referralCreate");async function s(o){o.preventDefault(),await n.run({channel:t.channel,...r.values})&&(r.setValues({advocateEmail:"",orderId:"",source:"MANUAL"}),e())}return l`<form class="inline-form" onSubmit=${s} name="attribute">
    <${g} label=${a("referrals.advocateEmail")} name="advocateEmail" errors=${n.errors}>
      <${b} name="advocateEmail" type="email" value=${r.values.advocateEmail} set=${r.set} required />
    <//>
    <${g} label=${a("referrals.orderId")} name="orderId" errors=${n.errors}>
      <${b} name="orderId" value=${r.values.orderId} set=${r.set} required />
    <//>
    <${g} label=${a("referrals.source")} name="source" errors=${n.errors}>
      <${X} name="source" value=${r.values.source} set=${r.set}
        options=${["MANUAL","SURVEY"].map(o=>[o,S("source",o)])} />
    <//>
    <${V} errors=${n.errors} fields=${["advocateEmail","orderId","source"]} />
    <button type="submit" disabled=${n.busy}>${a("referrals.attribute")}</button>
  </form>`}function Kn({query:e}){let t=x(),r=Ue(),n={status:e.get("status")||"",advocateEmail:e.get("advocate")||"",friendEmail:"",createdFrom:"",createdTo:"",tier:""},s=z(n),[o,i]=_(()=>qn(n)),[p,u]=_(null),{data:c,error:m,loading:d,reload:f}=H(lo,{channel:t.channel,filter:o,after:r.after,language:se()},[JSON.stringify(o),r.after]),$=c&&c.referrals;return l`<h1>${a("nav.referrals")}</h1>
    <form
      class="filters"
      name="filters"
      onSubmit=${v=>{v.preventDefault(),r.reset(),i(qn(s.values))}}
    >
      <${g} label=${a("col.status")} name="status">
        <${X} name="status" value=${s.values.status} set=${s.set}
          options=${[["",a("all")],...io.map(v=>[v,S("status",v)])]} />
      <//>
      <${g} label=${a("col.advocate")} name="advocateEmail">
        <${b} name="advocateEmail" type="search" value=${s.values.advocateEmail} set=${s.set} />
      <//>
      <${g} label=${a("col.friend")} name="friendEmail">
        <${b} name="friendEmail" type="search" value=${s.values.friendEmail} set=${s.set} />
      <//>
      <${g} label=${a("filter.from")} name="createdFrom">
        <${b} name="createdFrom" type="datetime-local" value=${s.values.createdFrom} set=${s.set} />
      <//>
      <${g} label=${a("filter.to")} name="createdTo">
        <${b} name="createdTo" type="datetime-local" value=${s.values.createdTo} set=${s.set} />
      <//>
      ${c&&c.referralTiers.length>0&&l`<${g} label=${a("col.tier")} name="tier">
        <${X} name="tier" value=${s.values.tier} set=${s.set}
          options=${[["",a("all")],...c.referralTiers.map(v=>[v.id,v.name])]} />
      <//>`}
      <button type="submit">${a("filter.apply")}</button>
    </form>
    ${d&&!c&&l`<${W} />`}
    <${L} error=${m} />
    ${$&&($.edges.length?l`<table class="table referrals-table">
          <${Rt} />
          <tbody>
            ${$.edges.map(({node:v})=>l`<${Et}
                referral=${v}
                open=${p===v.id}
                onToggle=${()=>u(p===v.id?null:v.id)}
              >
                <${De} referral=${v} />
                ${["FLAGGED","PENDING","QUALIFIED"].includes(v.status)&&l`<${ke} referral=${v} onDone=${f} />`}
              <//>`)}
          </tbody>
        </table>`:l`<${P} />`)}
    <${Me} pager=${r} connection=${$} />
    <${I} title=${a("referrals.attributeTitle")} id="attribute">
      <p class="muted">${a("referrals.attributeIntro")}</p>
      <${uo} onDone=${f} />
    <//>`}var mo=["HELD","ISSUED","CANCELLED","REVOKED","FAILED"],po=["VOUCHER","STORE_CREDIT","DONATION","PERK"],At=`id side kind status amount { amount currency } releaseAt issuedAt voucherCode
  revokedAmount { amount currency } shortfallAmount { amount currency } statusReason recipientEmail createdAt`,fo=`query Rewards($channel: String!, $filter: ReferralRewardFilterInput, $after: String) {
  referralRewards(channel: $channel, filter: $filter, first: 25, after: $after) {
    ${Ve}
    edges { node { ${At} } }
  }
}`,$o=`mutation Revoke($id: ID!, $reason: String!) {
  referralRewardRevoke(id: $id, reason: $reason) { reward { ${At} } ${O} }
}`;function ho({reward:e,onDone:t}){let[r,n]=_(""),s=N($o,"referralRewardRevoke");async function o(i){i.preventDefault();let p=await s.run({id:e.id,reason:r});p&&t(p.reward)}return l`<form class="inline-form revoke-form" onSubmit=${o} data-reward=${e.id}>
    <${g} label=${a("rewards.reason")} name="reason" errors=${s.errors}>
      <textarea name="reason" rows="2" value=${r} onInput=${i=>n(i.target.value)}></textarea>
    <//>
    <${V} errors=${s.errors} fields=${["reason"]} />
    <button type="submit" class="danger" name="revoke" disabled=${s.busy}>${a("rewards.revoke")}</button>
  </form>`}function fr({connection:e,onChanged:t}){let[r,n]=_(null);return e.edges.length?l`<table class="table rewards-table">
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
            <td><${be} value=${s.amount} /></td>
            <td><${U} value=${s.releaseAt} time=${!1} /></td>
            <td>${s.revokedAmount.amount||s.shortfallAmount.amount?l`<${be} value=${s.revokedAmount} /><br /><small class="muted">${a("rewards.shortfall")} <${be} value=${s.shortfallAmount} /></small>`:l`<span class="muted">—</span>`}</td>
            <td class="muted">${s.statusReason||""}</td>
            <td>${["HELD","ISSUED"].includes(s.status)&&l`<button type="button" class="secondary" name="open-revoke" onClick=${()=>n(r===s.id?null:s.id)}>${a("rewards.revoke")}…</button>`}</td>
          </tr>
          ${r===s.id&&l`<tr class="expanded"><td colspan="9"><${ho} reward=${s} onDone=${()=>{n(null),t()}} /></td></tr>`}`)}
    </tbody>
  </table>`:l`<${P} />`}function vo(e){let t={};return e.status&&(t.status=[e.status]),e.kind&&(t.kind=[e.kind]),e.recipientEmail.trim()&&(t.recipientEmail=e.recipientEmail.trim()),e.createdFrom&&(t.createdFrom=Y(e.createdFrom)),e.createdTo&&(t.createdTo=Y(e.createdTo)),t}function jn(){let e=x(),t=Ue(),r=z({status:"",kind:"",recipientEmail:"",createdFrom:"",createdTo:""}),[n,s]=_({}),{data:o,error:i,loading:p,reload:u}=H(fo,{channel:e.channel,filter:n,after:t.after},[JSON.stringify(n),t.after]),c=o&&o.referralRewards;return l`<h1>${a("nav.rewards")}</h1>
    <form class="filters" name="filters" onSubmit=${m=>{m.preventDefault(),t.reset(),s(vo(r.values))}}>
      <${g} label=${a("col.status")} name="status">
        <${X} name="status" value=${r.values.status} set=${r.set}
          options=${[["",a("all")],...mo.map(m=>[m,S("status",m)])]} />
      <//>
      <${g} label=${a("col.kind")} name="kind">
        <${X} name="kind" value=${r.values.kind} set=${r.set}
          options=${[["",a("all")],...po.map(m=>[m,S("kind",m)])]} />
      <//>
      <${g} label=${a("col.recipient")} name="recipientEmail">
        <${b} name="recipientEmail" type="search" value=${r.values.recipientEmail} set=${r.set} />
      <//>
      <${g} label=${a("filter.from")} name="createdFrom">
        <${b} name="createdFrom" type="datetime-local" value=${r.values.createdFrom} set=${r.set} />
      <//>
      <${g} label=${a("filter.to")} name="createdTo">
        <${b} name="createdTo" type="datetime-local" value=${r.values.createdTo} set=${r.set} />
      <//>
      <button type="submit">${a("filter.apply")}</button>
    </form>
    ${p&&!o&&l`<${W} />`}
    <${L} error=${i} />
    ${c&&l`<${fr} connection=${c} onChanged=${u} />`}
    <${Me} pager=${t} connection=${c} />`}var go=`id name translations { language name } rank minReferrals minRevenue { amount currency }
  window windowDays rewardMultiplier rewardFixed { amount currency } entryReward { type amount { amount currency } }
  memberDiscountPercent earlyAccessCollections earlyAccessUntil`,_o="id slug name translations { language name } referrals bonus { type amount { amount currency } }",at="id status reason total done createdAt finishedAt",yo=`query Ladder($channel: String!) {
  referralTiers(channel: $channel) { ${go} }
  referralMilestones(channel: $channel) { ${_o} }
}`,wo=`mutation TierCreate($channel: String!, $input: ReferralTierInput!, $pay: Boolean) {
  referralTierCreate(channel: $channel, input: $input, payEntryRewards: $pay) { tier { id } placement { ${at} } ${O} }
}`,bo=`mutation TierUpdate($id: ID!, $input: ReferralTierInput!, $pay: Boolean, $reason: String) {
  referralTierUpdate(id: $id, input: $input, payEntryRewards: $pay, reason: $reason) { tier { id } placement { ${at} } ${O} }
}`,Eo=`mutation TierDelete($id: ID!, $reason: String!) {
  referralTierDelete(id: $id, reason: $reason) { membersMoved ${O} }
}`,Ro=`mutation MilestoneCreate($channel: String!, $input: ReferralMilestoneInput!, $pay: Boolean) {
  referralMilestoneCreate(channel: $channel, input: $input, payBonuses: $pay) { milestone { id } placement { ${at} } ${O} }
}`,Ao=`mutation MilestoneUpdate($id: ID!, $input: ReferralMilestoneInput!, $pay: Boolean) {
  referralMilestoneUpdate(id: $id, input: $input, payBonuses: $pay) { milestone { id } placement { ${at} } ${O} }
}`,Co=`mutation MilestoneDelete($id: ID!) { referralMilestoneDelete(id: $id) { deleted ${O} } }`,So=`query Placement($id: ID!) { referralTierPlacement(id: $id) { ${at} } }`,xo=`query TierHistory($channel: String!, $email: String!, $language: String) {
  referralTierHistory(channel: $channel, advocateEmail: $email) {
    advocateEmail demoteAfter tier { name(languageCode: $language) }
    changes { kind fromTier toTier convertedReferrals reason createdAt }
  }
}`,nt=(e,t)=>(e&&e.translations||[]).find(r=>r.language===t)?.name||"",zn=e=>nt(e,se())||e.name,Do=[["","—"],["VOUCHER",null],["STORE_CREDIT",null]],Yn=()=>Do.map(([e,t])=>[e,t||S("kind",e)]);function ko(e){return{name:e?.name||"",name_fa:nt(e,"fa"),name_ar:nt(e,"ar"),rank:e?.rank??"",minReferrals:e?.minReferrals??"",minRevenue:e?.minRevenue?.amount??"",window:e?.window||"LIFETIME",windowDays:e?.windowDays??"",rewardMultiplier:e?.rewardMultiplier??"",rewardFixed:e?.rewardFixed?.amount??"",entryKind:e?.entryReward?.type||"",entryAmount:e?.entryReward?.amount?.amount??"",memberDiscountPercent:e?.memberDiscountPercent??"",earlyAccessCollections:(e?.earlyAccessCollections||[]).join(", "),earlyAccessUntil:fe(e?.earlyAccessUntil),reason:"",pay:!1}}function Io(e){return{name:e.name,translations:tt(e,"name"),rank:pe(e.rank),minReferrals:pe(e.minReferrals),minRevenue:Q(e.minRevenue),window:e.window,windowDays:pe(e.windowDays),rewardMultiplier:Q(e.rewardMultiplier),rewardFixed:Q(e.rewardFixed),entryReward:e.entryKind?{type:e.entryKind,amount:Q(e.entryAmount)??0}:null,memberDiscountPercent:Q(e.memberDiscountPercent),earlyAccessCollections:e.earlyAccessCollections.split(",").map(t=>t.trim()).filter(Boolean),earlyAccessUntil:Y(e.earlyAccessUntil)}}var To=["name","translations","rank","minReferrals","minRevenue","window","windowDays","rewardMultiplier","rewardFixed","entryReward","memberDiscountPercent","earlyAccessCollections","earlyAccessUntil","reason"];function Po({placement:e}){let t=x(),[r,n]=_(e);return K(()=>{if(n(e),!e)return;let s,o=async()=>{try{let i=await t.gql(So,{id:e.id});n(i.referralTierPlacement),i.referralTierPlacement&&!i.referralTierPlacement.finishedAt&&(s=setTimeout(o,1500))}catch{}};return e.finishedAt||(s=setTimeout(o,1500)),()=>clearTimeout(s)},[e&&e.id]),r?l`<p class="notice placement" role="status">
    ${a("tiers.placement",{done:r.done,total:r.total})}
    <progress max=${r.total||1} value=${r.done}></progress>
    ${r.finishedAt?a("tiers.placementDone"):""}
  </p>`:null}function Jn({tier:e,onDone:t,onCancel:r}){let n=x(),s=z(ko(e)),o=N(wo,"referralTierCreate"),i=N(bo,"referralTierUpdate"),p=e?i:o,{values:u,set:c}=s;async function m(f){f.preventDefault();let $={input:Io(u),pay:u.pay},v=e?await i.run({...$,id:e.id,reason:u.reason||null}):await o.run({...$,channel:n.channel});v&&t(v.placement)}let d=p.errors;return l`<form class="entity-form" name="tier" onSubmit=${m} noValidate>
    <div class="form-grid">
      <${g} label=${a("tiers.name")} name="name" errors=${d}><${b} name="name" value=${u.name} set=${c} /><//>
      <${g} label=${a("tiers.nameFa")} name="translations" errors=${d}><${b} name="name_fa" value=${u.name_fa} set=${c} dir="rtl" /><//>
      <${g} label=${a("tiers.nameAr")} name="name_ar"><${b} name="name_ar" value=${u.name_ar} set=${c} dir="rtl" /><//>
      <${g} label=${a("tiers.rank")} name="rank" errors=${d}><${b} name="rank" type="number" value=${u.rank} set=${c} /><//>
      <${g} label=${a("tiers.minReferrals")} name="minReferrals" errors=${d}><${b} name="minReferrals" type="number" value=${u.minReferrals} set=${c} /><//>
      <${g} label=${a("tiers.minRevenue")} name="minRevenue" errors=${d}><${b} name="minRevenue" type="number" step="any" value=${u.minRevenue} set=${c} /><//>
      <${g} label=${a("tiers.window")} name="window" errors=${d}>
        <${X} name="window" value=${u.window} set=${c} options=${["LIFETIME","ROLLING","CALENDAR_YEAR"].map(f=>[f,S("window",f)])} />
      <//>
      <${g} label=${a("tiers.windowDays")} name="windowDays" errors=${d}><${b} name="windowDays" type="number" value=${u.windowDays} set=${c} /><//>
      <${g} label=${a("tiers.rewardMultiplier")} name="rewardMultiplier" errors=${d}><${b} name="rewardMultiplier" type="number" step="any" value=${u.rewardMultiplier} set=${c} /><//>
      <${g} label=${a("tiers.rewardFixed")} name="rewardFixed" errors=${d}><${b} name="rewardFixed" type="number" step="any" value=${u.rewardFixed} set=${c} /><//>
      <${g} label=${a("tiers.entryReward")} name="entryReward" errors=${d}>
        <span class="pair">
          <${X} name="entryKind" value=${u.entryKind} set=${c} options=${Yn()} />
          <${b} name="entryAmount" type="number" step="any" value=${u.entryAmount} set=${c} />
        </span>
      <//>
      <${g} label=${a("tiers.memberDiscount")} name="memberDiscountPercent" errors=${d}><${b} name="memberDiscountPercent" type="number" step="any" value=${u.memberDiscountPercent} set=${c} /><//>
      <${g} label=${a("tiers.earlyAccess")} name="earlyAccessCollections" errors=${d} hint=${a("tiers.earlyAccessHint")}><${b} name="earlyAccessCollections" value=${u.earlyAccessCollections} set=${c} /><//>
      <${g} label=${a("tiers.earlyAccessUntil")} name="earlyAccessUntil" errors=${d}><${b} name="earlyAccessUntil" type="datetime-local" value=${u.earlyAccessUntil} set=${c} /><//>
      ${e&&l`<${g} label=${a("tiers.reason")} name="reason" errors=${d} hint=${a("tiers.reasonHint")}><${b} name="reason" value=${u.reason} set=${c} /><//>`}
    </div>
    <${we} name="pay" value=${u.pay} set=${c} text=${a("tiers.payEntryRewards")} />
    <${V} errors=${d} fields=${To} />
    <div class="actions">
      <button type="submit" disabled=${p.busy}>${e?a("save"):a("tiers.create")}</button>
      ${r&&l`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function Oo({tier:e,onDone:t}){let[r,n]=_(""),s=N(Eo,"referralTierDelete");return l`<form class="inline-form" onSubmit=${async o=>{o.preventDefault();let i=await s.run({id:e.id,reason:r});i&&t(i.membersMoved)}}>
    <${g} label=${a("tiers.deleteReason")} name="reason" errors=${s.errors}>
      <input name="reason" value=${r} onInput=${o=>n(o.target.value)} />
    <//>
    <${V} errors=${s.errors} fields=${["reason"]} />
    <button type="submit" class="danger">${a("delete")}</button>
  </form>`}function No(e){return{slug:e?.slug||"",name:e?.name||"",name_fa:nt(e,"fa"),name_ar:nt(e,"ar"),referrals:e?.referrals??"",bonusKind:e?.bonus?.type||"",bonusAmount:e?.bonus?.amount?.amount??"",pay:!1}}function Qn({milestone:e,onDone:t,onCancel:r}){let n=x(),s=z(No(e)),o=N(Ro,"referralMilestoneCreate"),i=N(Ao,"referralMilestoneUpdate"),p=e?i:o,{values:u,set:c}=s;async function m(f){f.preventDefault();let $={slug:u.slug,name:u.name,translations:tt(u,"name"),referrals:pe(u.referrals),bonus:u.bonusKind?{type:u.bonusKind,amount:Q(u.bonusAmount)??0}:null},v=e?await i.run({id:e.id,input:$,pay:u.pay}):await o.run({channel:n.channel,input:$,pay:u.pay});v&&t(v.placement)}let d=p.errors;return l`<form class="entity-form" name="milestone" onSubmit=${m} noValidate>
    <div class="form-grid">
      <${g} label=${a("milestones.slug")} name="slug" errors=${d}><${b} name="slug" value=${u.slug} set=${c} /><//>
      <${g} label=${a("tiers.name")} name="name" errors=${d}><${b} name="name" value=${u.name} set=${c} /><//>
      <${g} label=${a("tiers.nameFa")} name="translations" errors=${d}><${b} name="name_fa" value=${u.name_fa} set=${c} dir="rtl" /><//>
      <${g} label=${a("tiers.nameAr")} name="name_ar"><${b} name="name_ar" value=${u.name_ar} set=${c} dir="rtl" /><//>
      <${g} label=${a("milestones.referrals")} name="referrals" errors=${d}><${b} name="referrals" type="number" value=${u.referrals} set=${c} /><//>
      <${g} label=${a("milestones.bonus")} name="bonus" errors=${d}>
        <span class="pair">
          <${X} name="bonusKind" value=${u.bonusKind} set=${c} options=${Yn()} />
          <${b} name="bonusAmount" type="number" step="any" value=${u.bonusAmount} set=${c} />
        </span>
      <//>
    </div>
    <${we} name="pay" value=${u.pay} set=${c} text=${a("milestones.payBonuses")} />
    <${V} errors=${d} fields=${["slug","name","translations","referrals","bonus"]} />
    <div class="actions">
      <button type="submit" disabled=${p.busy}>${e?a("save"):a("milestones.create")}</button>
      ${r&&l`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function Fo(){let e=x(),[t,r]=_(""),[n,s]=_(null),[o,i]=_(null);async function p(u){u.preventDefault();try{let c=await e.gql(xo,{channel:e.channel,email:t,language:se()});s(c.referralTierHistory||{changes:[],none:!0}),i(null)}catch(c){i(c)}}return l`<form class="inline-form" name="tier-history" onSubmit=${p}>
      <${g} label=${a("col.advocate")} name="advocateEmail">
        <input name="advocateEmail" type="email" value=${t} onInput=${u=>r(u.target.value)} />
      <//>
      <button type="submit">${a("tiers.historyShow")}</button>
    </form>
    <${L} error=${o} />
    ${n&&(n.none?l`<${P} />`:l`<p>${a("tiers.now")}: <b>${n.tier?n.tier.name:"—"}</b>
          ${n.demoteAfter&&l`${a("list.sep")}${a("tiers.demoteAfter")} <${U} value=${n.demoteAfter} />`}</p>
        <table class="table"><thead><tr><th>${a("col.created")}</th><th>${a("col.kind")}</th><th>${a("tiers.fromTo")}</th><th>${a("tiers.converted")}</th><th>${a("col.reason")}</th></tr></thead>
        <tbody>${n.changes.map(u=>l`<tr>
          <td><${U} value=${u.createdAt} /></td><td>${S("tierChange",u.kind)}</td>
          <td>${u.fromTier||"—"} ${Le()} ${u.toTier||"—"}</td><td class="num">${T(u.convertedReferrals)}</td>
          <td class="muted">${u.reason}</td></tr>`)}</tbody></table>`)}`}function Xn(){let e=x(),{data:t,error:r,loading:n,reload:s}=H(yo,{channel:e.channel}),[o,i]=_(null),[p,u]=_(null),[c,m]=_(null),[d,f]=_(null),$=h=>y=>{i(null),u(null),m(y||null),f(h),s()};if(n&&!t)return l`<h1>${a("nav.tiers")}</h1><${W} />`;if(r)return l`<h1>${a("nav.tiers")}</h1><${L} error=${r} />`;let v=h=>[h.rewardMultiplier&&a("perk.multiplier",{value:T(h.rewardMultiplier)}),h.rewardFixed&&a("perk.fixed",{amount:D(h.rewardFixed)}),h.entryReward&&a("perk.entry",{amount:D(h.entryReward.amount)}),h.memberDiscountPercent&&a("perk.discount",{percent:ue(Number(h.memberDiscountPercent)/100)}),h.earlyAccessCollections.length&&a("perk.earlyAccess",{count:h.earlyAccessCollections.length})].filter(Boolean).join(a("list.sep"));return l`<h1>${a("nav.tiers")}</h1>
    ${d&&l`<p class="notice" role="status">${d}</p>`}
    <${Po} placement=${c} />
    <${I} title=${a("tiers.ladder")} id="tiers">
      ${t.referralTiers.length?l`<table class="table tiers-table"><thead><tr>
            <th>${a("tiers.rank")}</th><th>${a("tiers.name")}</th><th>${a("tiers.rule")}</th><th>${a("tiers.perks")}</th><th></th>
          </tr></thead><tbody>
          ${t.referralTiers.map(h=>l`<tr data-id=${h.id}>
              <td class="num">${T(h.rank)}</td><td class="tier-name">${zn(h)}</td>
              <td>${a("tiers.ruleText",{count:h.minReferrals,window:S("window",h.window)})}
                ${h.minRevenue?l`${a("list.sep")}${D(h.minRevenue)}`:""}</td>
              <td class="perks">${v(h)}</td>
              <td class="row-actions">
                <button type="button" class="secondary" name="edit" onClick=${()=>i(o===h.id?null:h.id)}>${a("edit")}</button>
                <button type="button" class="secondary" name="delete" onClick=${()=>u(p===h.id?null:h.id)}>${a("delete")}</button>
              </td>
            </tr>
            ${o===h.id&&l`<tr class="expanded"><td colspan="5"><${Jn} tier=${h} onDone=${$(a("saved"))} onCancel=${()=>i(null)} /></td></tr>`}
            ${p===h.id&&l`<tr class="expanded"><td colspan="5"><${Oo} tier=${h} onDone=${y=>$(a("tiers.deleted",{count:y||0}))()} /></td></tr>`}`)}
          </tbody></table>`:l`<${P} text=${a("tiers.none")} />`}
    <//>
    <${I} title=${a("tiers.new")} id="new-tier">
      <${Jn} key=${`new-${t.referralTiers.length}`} onDone=${$(a("tiers.created"))} />
    <//>
    <${I} title=${a("milestones.title")} id="milestones">
      ${t.referralMilestones.length?l`<table class="table milestones-table"><thead><tr>
            <th>${a("milestones.referrals")}</th><th>${a("tiers.name")}</th><th>${a("milestones.bonus")}</th><th></th></tr></thead><tbody>
            ${t.referralMilestones.map(h=>l`<tr data-id=${h.id}>
                <td class="num">${T(h.referrals)}</td><td>${zn(h)} <small class="muted">${h.slug}</small></td>
                <td>${h.bonus?`${S("kind",h.bonus.type)} ${D(h.bonus.amount)}`:"—"}</td>
                <td class="row-actions">
                  <button type="button" class="secondary" name="edit" onClick=${()=>i(o===h.id?null:h.id)}>${a("edit")}</button>
                  <${Lo} milestone=${h} onDone=${$(a("deleted"))} />
                </td>
              </tr>
              ${o===h.id&&l`<tr class="expanded"><td colspan="4"><${Qn} milestone=${h} onDone=${$(a("saved"))} onCancel=${()=>i(null)} /></td></tr>`}`)}
          </tbody></table>`:l`<${P} />`}
      <h3>${a("milestones.new")}</h3>
      <${Qn} key=${`new-m-${t.referralMilestones.length}`} onDone=${$(a("milestones.created"))} />
    <//>
    <${I} title=${a("tiers.history")} id="tier-history"><${Fo} /><//>`}function Lo({milestone:e,onDone:t}){let r=N(Co,"referralMilestoneDelete");return l`<button type="button" class="secondary" name="delete" disabled=${r.busy}
    onClick=${async()=>{if(!confirm(a("confirmDelete")))return;await r.run({id:e.id})&&t()}}>${a("delete")}</button>`}var Uo=`id name state startsAt endsAt imageUrl copy { language title description }
  friendOffer { type value currency minSpent { amount currency } }
  advocateReward { amount { amount currency } multiplier }
  switches { kind reason createdAt }
  results { referrals converted referredRevenue { amount currency } rewardCost { amount currency } }`,Mo=`query Campaigns($channel: String!) { referralCampaigns(channel: $channel) { ${Uo} } }`,Ho=`mutation CampaignCreate($channel: String!, $input: ReferralCampaignInput!) {
  referralCampaignCreate(channel: $channel, input: $input) { campaign { id } ${O} }
}`,Wo=`mutation CampaignUpdate($channel: String, $id: ID!, $input: ReferralCampaignInput!) {
  referralCampaignUpdate(channel: $channel, id: $id, input: $input) { campaign { id } ${O} }
}`,hr=["en","fa","ar"],$r=Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC";function Zn(e){let t=e?new Date(e):null;return!t||Number.isNaN(t.getTime())?"":a("time.utc",{time:t.toISOString().slice(0,16).replace("T"," ")})}var Vo=["name","copy","imageUrl","startsAt","endsAt","friendOffer","advocateReward"];function Bo(e){let t=Object.fromEntries((e?.copy||[]).map(n=>[n.language,n])),r={name:e?.name||"",imageUrl:e?.imageUrl||"",startsAt:fe(e?.startsAt),endsAt:fe(e?.endsAt),offerType:e?.friendOffer?.type||"",offerValue:e?.friendOffer?.value??"",offerMinSpent:e?.friendOffer?.minSpent?.amount??"",rewardAmount:e?.advocateReward?.amount?.amount??"",rewardMultiplier:e?.advocateReward?.multiplier??""};for(let n of hr)r[`title_${n}`]=t[n]?.title||"",r[`description_${n}`]=t[n]?.description||"";return r}function ea(e){return{name:e.name,copy:hr.filter(t=>e[`title_${t}`].trim()).map(t=>({language:t,title:e[`title_${t}`].trim(),description:e[`description_${t}`]})),imageUrl:e.imageUrl||null,startsAt:Y(e.startsAt),endsAt:Y(e.endsAt),friendOffer:e.offerType?{type:e.offerType,value:Q(e.offerValue),minSpent:Q(e.offerMinSpent)}:null,advocateReward:e.rewardAmount!==""||e.rewardMultiplier!==""?{amount:Q(e.rewardAmount),multiplier:Q(e.rewardMultiplier)}:null}}function ta({campaign:e,onDone:t,onCancel:r}){let n=x(),s=z(Bo(e)),o=N(Ho,"referralCampaignCreate"),i=N(Wo,"referralCampaignUpdate"),p=e?i:o,{values:u,set:c}=s,m=p.errors;async function d(f){f.preventDefault(),(e?await i.run({channel:n.channel,id:e.id,input:ea(u)}):await o.run({channel:n.channel,input:ea(u)}))&&t()}return l`<form class="entity-form" name="campaign" onSubmit=${d} noValidate>
    <div class="form-grid">
      <${g} label=${a("campaigns.name")} name="name" errors=${m}><${b} name="name" value=${u.name} set=${c} /><//>
      <${g} label=${`${a("campaigns.startsAt")} (${a("time.zone",{zone:$r})})`} name="startsAt" errors=${m} hint=${Zn(u.startsAt)}><${b} name="startsAt" type="datetime-local" value=${u.startsAt} set=${c} /><//>
      <${g} label=${`${a("campaigns.endsAt")} (${a("time.zone",{zone:$r})})`} name="endsAt" errors=${m} hint=${Zn(u.endsAt)}><${b} name="endsAt" type="datetime-local" value=${u.endsAt} set=${c} /><//>
      <${g} label=${a("campaigns.imageUrl")} name="imageUrl" errors=${m}><${b} name="imageUrl" type="url" value=${u.imageUrl} set=${c} /><//>
    </div>
    <fieldset class="form-grid" data-field="copy">
      <legend>${a("campaigns.copy")}</legend>
      ${hr.map(f=>l`
        <${g} label=${`${a("campaigns.title")} (${a(`language.${f}`)})`} name=${f==="en"?"copy":`title_${f}`} errors=${f==="en"?m:[]}>
          <${b} name=${`title_${f}`} value=${u[`title_${f}`]} set=${c} dir=${f==="en"?"ltr":"rtl"} />
        <//>
        <${g} label=${`${a("campaigns.description")} (${a(`language.${f}`)})`} name=${`description_${f}`}>
          <${b} name=${`description_${f}`} value=${u[`description_${f}`]} set=${c} dir=${f==="en"?"ltr":"rtl"} />
        <//>`)}
    </fieldset>
    <div class="form-grid">
      <${g} label=${a("campaigns.friendOffer")} name="friendOffer" errors=${m}>
        <span class="pair">
          <${X} name="offerType" value=${u.offerType} set=${c}
            options=${[["",a("campaigns.programOffer")],...["PERCENTAGE","FIXED","FREE_SHIPPING"].map(f=>[f,S("discount",f)])]} />
          <${b} name="offerValue" type="number" step="any" value=${u.offerValue} set=${c} placeholder=${a("campaigns.value")} />
          <${b} name="offerMinSpent" type="number" step="any" value=${u.offerMinSpent} set=${c} placeholder=${a("campaigns.minSpent")} />
        </span>
      <//>
      <${g} label=${a("campaigns.advocateReward")} name="advocateReward" errors=${m}>
        <span class="pair">
          <${b} name="rewardAmount" type="number" step="any" value=${u.rewardAmount} set=${c} placeholder=${a("campaigns.amount")} />
          <${b} name="rewardMultiplier" type="number" step="any" value=${u.rewardMultiplier} set=${c} placeholder=${a("campaigns.multiplier")} />
        </span>
      <//>
    </div>
    <${V} errors=${m} fields=${Vo} />
    <div class="actions">
      <button type="submit" disabled=${p.busy}>${e?a("save"):a("campaigns.create")}</button>
      ${r&&l`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function ra(){let e=x(),{data:t,error:r,loading:n,reload:s}=H(Mo,{channel:e.channel}),[o,i]=_(null),[p,u]=_(null),c=m=>()=>{i(null),u(m),s()};return n&&!t?l`<h1>${a("nav.campaigns")}</h1><${W} />`:r?l`<h1>${a("nav.campaigns")}</h1><${L} error=${r} />`:l`<h1>${a("nav.campaigns")}</h1>
    ${p&&l`<p class="notice" role="status">${p}</p>`}
    <${I} title=${a("nav.campaigns")} id="campaigns">
      ${t.referralCampaigns.length?l`<table class="table campaigns-table"><thead><tr>
            <th>${a("campaigns.name")}</th><th>${a("col.status")}</th><th>${a("campaigns.window")} <small class="muted">(${$r})</small></th>
            <th>${a("campaigns.results")}</th><th></th></tr></thead><tbody>
          ${t.referralCampaigns.map(m=>l`<tr data-id=${m.id}>
              <td>${m.name}</td>
              <td><${re} value=${m.state} /></td>
              <td><${U} value=${m.startsAt} /> – <${U} value=${m.endsAt} /></td>
              <td>${m.results?l`${a("campaigns.resultsText",{referrals:m.results.referrals,converted:m.results.converted})}<br />
                  <small>${D(m.results.referredRevenue)} / ${D(m.results.rewardCost)}</small>`:"—"}</td>
              <td class="row-actions">${m.state!=="ENDED"&&l`<button type="button" class="secondary" name="edit" onClick=${()=>i(o===m.id?null:m.id)}>${a("edit")}</button>`}</td>
            </tr>
            ${o===m.id&&l`<tr class="expanded"><td colspan="5">
              <${ta} campaign=${m} onDone=${c(a("saved"))} onCancel=${()=>i(null)} />
              ${m.switches&&m.switches.length>0&&l`<h3>${a("campaigns.switches")}</h3>
                <ul class="plain">${m.switches.map(d=>l`<li><${U} value=${d.createdAt} /> ${S("switch",d.kind)} <span class="muted">${d.reason}</span></li>`)}</ul>`}
            </td></tr>`}`)}
          </tbody></table>`:l`<${P} text=${a("campaigns.none")} />`}
    <//>
    <${I} title=${a("campaigns.new")} id="new-campaign">
      <${ta} key=${`new-${t.referralCampaigns.length}`} onDone=${c(a("campaigns.created"))} />
    <//>`}var Go=`id method position kind amount { amount currency } description winnerName winnerEmail
  winnerReferrals rewardStatus fulfilledAt fulfilledBy`,qo=`id name translations { language name } startsAt endsAt decideAfter minReferrals state seed decidedAt decidedBy
  entrants prizeCost { amount currency } referredRevenue { amount currency } prizes { ${Go} }`,Ko=`query Contests($channel: String!) { referralContests(channel: $channel) { ${qo} } }`,jo=`query Standings($channel: String!, $contest: ID!) {
  referralLeaderboard(channel: $channel, contest: $contest, first: 20) { rank name convertedReferrals }
}`,zo=`mutation ContestCreate($channel: String!, $input: ReferralContestInput!) {
  referralContestCreate(channel: $channel, input: $input) { contest { id } ${O} }
}`,Jo=`mutation ContestUpdate($channel: String, $id: ID!, $input: ReferralContestInput!) {
  referralContestUpdate(channel: $channel, id: $id, input: $input) { contest { id } ${O} }
}`,Qo=`mutation ContestDecide($channel: String, $id: ID!, $seed: String) {
  referralContestDecide(channel: $channel, id: $id, seed: $seed) { contest { id state } ${O} }
}`,Yo=`mutation PrizeFulfil($channel: String, $id: ID!, $note: String) {
  referralContestPrizeFulfil(channel: $channel, id: $id, note: $note) { prize { id fulfilledAt } ${O} }
}`,Xo=["name","translations","startsAt","endsAt","minReferrals","prizes"],na=()=>({method:"RANK",kind:"VOUCHER",amount:"",description:""}),aa=(e,t)=>(e?.translations||[]).find(r=>r.language===t)?.name||"";function sa({contest:e,onDone:t,onCancel:r}){let n=x(),s=z({name:e?.name||"",name_fa:aa(e,"fa"),name_ar:aa(e,"ar"),startsAt:fe(e?.startsAt),endsAt:fe(e?.endsAt),minReferrals:e?.minReferrals??""}),[o,i]=_(e?e.prizes.map(h=>({method:h.method,kind:h.kind,amount:h.amount.amount,description:h.description})):[na()]),p=N(zo,"referralContestCreate"),u=N(Jo,"referralContestUpdate"),c=e?u:p,{values:m,set:d}=s,f=c.errors,$=(h,y,w)=>i(o.map((R,G)=>G===h?{...R,[y]:w}:R));async function v(h){h.preventDefault();let y={name:m.name,translations:tt(m,"name"),startsAt:Y(m.startsAt),endsAt:Y(m.endsAt),minReferrals:pe(m.minReferrals),prizes:o.map(R=>({method:R.method,kind:R.kind,amount:Q(R.amount),description:R.description}))};(e?await u.run({channel:n.channel,id:e.id,input:y}):await p.run({channel:n.channel,input:y}))&&t()}return l`<form class="entity-form" name="contest" onSubmit=${v} noValidate>
    <div class="form-grid">
      <${g} label=${a("contests.name")} name="name" errors=${f}><${b} name="name" value=${m.name} set=${d} /><//>
      <${g} label=${a("tiers.nameFa")} name="translations" errors=${f}><${b} name="name_fa" value=${m.name_fa} set=${d} dir="rtl" /><//>
      <${g} label=${a("tiers.nameAr")} name="name_ar"><${b} name="name_ar" value=${m.name_ar} set=${d} dir="rtl" /><//>
      <${g} label=${a("campaigns.startsAt")} name="startsAt" errors=${f}><${b} name="startsAt" type="datetime-local" value=${m.startsAt} set=${d} /><//>
      <${g} label=${a("campaigns.endsAt")} name="endsAt" errors=${f}><${b} name="endsAt" type="datetime-local" value=${m.endsAt} set=${d} /><//>
      <${g} label=${a("contests.minReferrals")} name="minReferrals" errors=${f}><${b} name="minReferrals" type="number" value=${m.minReferrals} set=${d} /><//>
    </div>
    <${g} label=${a("contests.prizes")} name="prizes" errors=${f}>
      <div class="prizes">
        ${o.map((h,y)=>l`<div class="pair prize" data-prize=${y}>
          <select name=${`prize-method-${y}`} onChange=${w=>$(y,"method",w.target.value)}>
            ${["RANK","DRAW"].map(w=>l`<option value=${w} selected=${h.method===w}>${S("method",w)}</option>`)}
          </select>
          <select name=${`prize-kind-${y}`} onChange=${w=>$(y,"kind",w.target.value)}>
            ${["VOUCHER","STORE_CREDIT","PHYSICAL"].map(w=>l`<option value=${w} selected=${h.kind===w}>${S("kind",w)}</option>`)}
          </select>
          <input name=${`prize-amount-${y}`} type="number" step="any" placeholder=${a("campaigns.amount")} value=${h.amount} onInput=${w=>$(y,"amount",w.target.value)} />
          <input name=${`prize-description-${y}`} placeholder=${a("contests.description")} value=${h.description} onInput=${w=>$(y,"description",w.target.value)} />
          <button type="button" class="secondary" onClick=${()=>i(o.filter((w,R)=>R!==y))}>×</button>
        </div>`)}
        <button type="button" class="secondary" name="add-prize" onClick=${()=>i([...o,na()])}>${a("contests.addPrize")}</button>
      </div>
    <//>
    <${V} errors=${f} fields=${Xo} />
    <div class="actions">
      <button type="submit" disabled=${c.busy}>${e?a("save"):a("contests.create")}</button>
      ${r&&l`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function Zo({contest:e}){let t=x(),{data:r,error:n,loading:s}=H(jo,{channel:t.channel,contest:e.id},[e.id]);if(s)return l`<${W} />`;if(n)return l`<${L} error=${n} />`;let o=r.referralLeaderboard||[];return o.length?l`<ol class="leaderboard standings">${o.map(i=>l`<li><span>${i.name||a("anonymous")}</span><b class="num">${T(i.convertedReferrals)}</b></li>`)}</ol>`:l`<${P} />`}function ei({contest:e,onDone:t}){let r=x(),[n,s]=_(""),o=N(Qo,"referralContestDecide");return l`<form class="inline-form" name="decide" onSubmit=${async i=>{i.preventDefault(),await o.run({channel:r.channel,id:e.id,seed:n||null})&&t()}}>
    <${g} label=${a("contests.seed")} name="seed" errors=${o.errors} hint=${a("contests.seedHint")}>
      <input name="seed" value=${n} onInput=${i=>s(i.target.value)} />
    <//>
    <${V} errors=${o.errors} fields=${["seed"]} />
    <button type="submit" name="decide" disabled=${o.busy}>${a("contests.decide")}</button>
  </form>`}function ti({prize:e,onDone:t}){let r=x(),[n,s]=_(""),o=N(Yo,"referralContestPrizeFulfil");return l`<form class="inline-form fulfil-form" data-prize=${e.id} onSubmit=${async i=>{i.preventDefault(),await o.run({channel:r.channel,id:e.id,note:n||null})&&t()}}>
    <input name="note" placeholder=${a("contests.note")} value=${n} onInput=${i=>s(i.target.value)} />
    <button type="submit" name="fulfil" disabled=${o.busy}>${a("contests.fulfil")}</button>
    <${V} errors=${o.errors} fields=${[]} />
  </form>`}function ri({contest:e,onChanged:t}){return l`<table class="table prizes-table"><thead><tr>
    <th>#</th><th>${a("contests.method")}</th><th>${a("col.kind")}</th><th>${a("col.amount")}</th><th>${a("contests.winner")}</th><th>${a("contests.fulfilled")}</th></tr></thead>
    <tbody>${e.prizes.map(r=>l`<tr data-id=${r.id}>
      <td class="num">${T(r.position)}</td><td>${S("method",r.method)}</td>
      <td>${S("kind",r.kind)} <small class="muted">${r.description}</small></td>
      <td>${D(r.amount)}</td>
      <td>${r.winnerEmail?l`${r.winnerName||""} <small>${r.winnerEmail}</small>${a("list.sep")}${T(r.winnerReferrals)}`:"—"}</td>
      <td>${r.fulfilledAt?l`<${U} value=${r.fulfilledAt} /> <small class="muted">${r.fulfilledBy}</small>`:r.kind==="PHYSICAL"&&r.winnerEmail?l`<${ti} prize=${r} onDone=${t} />`:r.rewardStatus?S("status",r.rewardStatus.toUpperCase()):"—"}</td>
    </tr>`)}</tbody></table>`}function oa(){let e=x(),{data:t,error:r,loading:n,reload:s}=H(Ko,{channel:e.channel}),[o,i]=_(null),[p,u]=_(null),[c,m]=_(null),d=f=>()=>{u(null),m(f),s()};return n&&!t?l`<h1>${a("nav.contests")}</h1><${W} />`:r?l`<h1>${a("nav.contests")}</h1><${L} error=${r} />`:l`<h1>${a("nav.contests")}</h1>
    ${c&&l`<p class="notice" role="status">${c}</p>`}
    <${I} title=${a("nav.contests")} id="contests">
      ${t.referralContests.length?l`<ul class="contest-list">${t.referralContests.map(f=>l`<li class="card contest" data-id=${f.id}>
            <header class="queue-head">
              <b>${f.name}</b> <${re} value=${f.state} />
              <span><${U} value=${f.startsAt} /> – <${U} value=${f.endsAt} /></span>
              <span class="muted">${a("contests.threshold",{count:f.minReferrals})}</span>
              ${f.entrants!==null&&l`<span>${a("contests.entrants",{count:f.entrants})}</span>`}
              ${f.prizeCost&&l`<span>${D(f.prizeCost)} / ${D(f.referredRevenue)}</span>`}
              <button type="button" class="secondary" name="open" onClick=${()=>i(o===f.id?null:f.id)}>${a("contests.details")}</button>
              ${f.state==="OPEN"&&l`<button type="button" class="secondary" name="edit" onClick=${()=>u(p===f.id?null:f.id)}>${a("edit")}</button>`}
            </header>
            ${p===f.id&&l`<${sa} contest=${f} onDone=${d(a("saved"))} onCancel=${()=>u(null)} />`}
            ${o===f.id&&l`<div class="details">
              <div><h3>${a("contests.standings")}</h3><${Zo} contest=${f} /></div>
              <div><h3>${a("contests.prizes")}</h3><${ri} contest=${f} onChanged=${d(a("contests.fulfilledNotice"))} />
                ${f.state==="OPEN"?l`<${ei} contest=${f} onDone=${d(a("contests.decided"))} />`:l`<p class="muted">${a("contests.decidedBy",{who:f.decidedBy||"",seed:f.seed||""})}</p>`}
              </div>
            </div>`}
          </li>`)}</ul>`:l`<${P} text=${a("contests.none")} />`}
    <//>
    <${I} title=${a("contests.new")} id="new-contest">
      <${sa} key=${`new-${t.referralContests.length}`} onDone=${d(a("contests.created"))} />
    <//>`}var ni=`id name description url imageUrl goal { amount currency } donatePerReferral { amount currency } isActive
  raised { amount currency } pending { amount currency } paidOut { amount currency } shortfall { amount currency } donations progress`,ai=`query Causes($channel: String!) { referralCauses(channel: $channel) { ${ni} } }`,si=`mutation CauseCreate($channel: String!, $input: ReferralCauseInput!) {
  referralCauseCreate(channel: $channel, input: $input) { cause { id } ${O} }
}`,oi=`mutation CauseUpdate($id: ID!, $input: ReferralCauseInput!) {
  referralCauseUpdate(id: $id, input: $input) { cause { id } ${O} }
}`,ii=`mutation Payout($cause: ID!, $reference: String) {
  referralDonationPayoutRecord(cause: $cause, reference: $reference) {
    payout { amount { amount currency } reference donations createdAt } ${O}
  }
}`,li=["name","description","url","imageUrl","goal","donatePerReferral","isActive"];function ia({cause:e,onDone:t,onCancel:r}){let n=x(),s=z({name:e?.name||"",description:e?.description||"",url:e?.url||"",imageUrl:e?.imageUrl||"",goal:e?.goal?.amount??"",donatePerReferral:e?.donatePerReferral?.amount??"",isActive:e?e.isActive:!0}),o=N(si,"referralCauseCreate"),i=N(oi,"referralCauseUpdate"),p=e?i:o,{values:u,set:c}=s,m=p.errors;async function d(f){f.preventDefault();let $={name:u.name,description:u.description,url:u.url||null,imageUrl:u.imageUrl||null,goal:Q(u.goal),donatePerReferral:Q(u.donatePerReferral),isActive:u.isActive};(e?await i.run({id:e.id,input:$}):await o.run({channel:n.channel,input:$}))&&t()}return l`<form class="entity-form" name="cause" onSubmit=${d} noValidate>
    <div class="form-grid">
      <${g} label=${a("causes.name")} name="name" errors=${m}><${b} name="name" value=${u.name} set=${c} /><//>
      <${g} label=${a("causes.description")} name="description" errors=${m}><${b} name="description" value=${u.description} set=${c} /><//>
      <${g} label=${a("causes.url")} name="url" errors=${m}><${b} name="url" type="url" value=${u.url} set=${c} /><//>
      <${g} label=${a("campaigns.imageUrl")} name="imageUrl" errors=${m}><${b} name="imageUrl" type="url" value=${u.imageUrl} set=${c} /><//>
      <${g} label=${a("causes.goal")} name="goal" errors=${m}><${b} name="goal" type="number" step="any" value=${u.goal} set=${c} /><//>
      <${g} label=${a("causes.perReferral")} name="donatePerReferral" errors=${m}><${b} name="donatePerReferral" type="number" step="any" value=${u.donatePerReferral} set=${c} /><//>
    </div>
    <${we} name="isActive" value=${u.isActive} set=${c} text=${a("active")} />
    <${V} errors=${m} fields=${li} />
    <div class="actions">
      <button type="submit" disabled=${p.busy}>${e?a("save"):a("causes.create")}</button>
      ${r&&l`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function ci({cause:e,onDone:t}){let[r,n]=_(""),s=N(ii,"referralDonationPayoutRecord");return l`<form class="inline-form payout-form" data-cause=${e.id} onSubmit=${async o=>{o.preventDefault();let i=await s.run({cause:e.id,reference:r||null});i&&t(i.payout)}}>
    <${g} label=${a("causes.reference")} name="reference" errors=${s.errors}>
      <input name="reference" value=${r} onInput=${o=>n(o.target.value)} />
    <//>
    <${V} errors=${s.errors} fields=${["reference"]} />
    <button type="submit" name="payout" disabled=${s.busy}>${a("causes.recordPayout")}</button>
  </form>`}function la(){let e=x(),{data:t,error:r,loading:n,reload:s}=H(ai,{channel:e.channel}),[o,i]=_(null),[p,u]=_(null),[c,m]=_(null),d=f=>()=>{i(null),u(null),m(f),s()};return n&&!t?l`<h1>${a("nav.causes")}</h1><${W} />`:r?l`<h1>${a("nav.causes")}</h1><${L} error=${r} />`:l`<h1>${a("nav.causes")}</h1>
    ${c&&l`<p class="notice" role="status">${c}</p>`}
    <${I} title=${a("nav.causes")} id="causes">
      ${t.referralCauses.length?l`<table class="table causes-table"><thead><tr>
            <th>${a("causes.name")}</th><th>${a("causes.raised")}</th><th>${a("causes.pending")}</th><th>${a("causes.paidOut")}</th>
            <th>${a("causes.shortfall")}</th><th>${a("causes.donations")}</th><th>${a("causes.progress")}</th><th></th></tr></thead><tbody>
          ${t.referralCauses.map(f=>l`<tr data-id=${f.id}>
              <td>${f.name}${f.isActive?"":l` <small class="muted">(${a("inactive")})</small>`}</td>
              <td class="num">${D(f.raised)}</td><td class="num">${D(f.pending)}</td>
              <td class="num" data-field="paidOut">${D(f.paidOut)}</td><td class="num">${D(f.shortfall)}</td>
              <td class="num">${T(f.donations)}</td>
              <td>${f.progress===null?"—":l`<progress max="1" value=${Math.min(f.progress,1)}></progress> ${ue(f.progress)}`}</td>
              <td class="row-actions">
                <button type="button" class="secondary" name="edit" onClick=${()=>i(o===f.id?null:f.id)}>${a("edit")}</button>
                <button type="button" class="secondary" name="open-payout" onClick=${()=>u(p===f.id?null:f.id)}>${a("causes.recordPayout")}…</button>
              </td>
            </tr>
            ${o===f.id&&l`<tr class="expanded"><td colspan="8"><${ia} cause=${f} onDone=${d(a("saved"))} onCancel=${()=>i(null)} /></td></tr>`}
            ${p===f.id&&l`<tr class="expanded"><td colspan="8">
              <p class="muted">${a("causes.payoutIntro",{amount:D(f.pending)})}</p>
              <${ci} cause=${f} onDone=${$=>d(a("causes.paid",{amount:D($.amount)}))()} />
            </td></tr>`}`)}
          </tbody></table>`:l`<${P} text=${a("causes.none")} />`}
    <//>
    <${I} title=${a("causes.new")} id="new-cause">
      <${ia} key=${`new-${t.referralCauses.length}`} onDone=${d(a("causes.created"))} />
    <//>`}var ui=`id name description startsAt capacity seatsLeft minTier { id name(languageCode: $language) } guestPassesPerMember isActive
  cost { amount currency } invitedMembers passesRedeemed`,di=`query Events($channel: String!, $language: String) {
  referralEvents(channel: $channel) { ${ui} }
  referralTiers(channel: $channel) { id name(languageCode: $language) }
}`,mi=`mutation EventCreate($channel: String!, $input: ReferralEventInput!, $invite: Boolean) {
  referralEventCreate(channel: $channel, input: $input, inviteMembers: $invite) { event { id } ${O} }
}`,pi=`mutation EventUpdate($id: ID!, $input: ReferralEventInput!, $invite: Boolean) {
  referralEventUpdate(id: $id, input: $input, inviteMembers: $invite) { event { id } ${O} }
}`,fi=["name","description","startsAt","capacity","minTier","guestPassesPerMember","cost","isActive"];function ca({event:e,tiers:t,onDone:r,onCancel:n}){let s=x(),o=z({name:e?.name||"",description:e?.description||"",startsAt:fe(e?.startsAt),capacity:e?.capacity??"",minTier:e?.minTier?.id||"",guestPassesPerMember:e?.guestPassesPerMember??"",cost:e?.cost?.amount??"",isActive:e?e.isActive:!0,invite:!e}),i=N(mi,"referralEventCreate"),p=N(pi,"referralEventUpdate"),u=e?p:i,{values:c,set:m}=o,d=u.errors;async function f($){$.preventDefault();let v={name:c.name,description:c.description,startsAt:Y(c.startsAt),capacity:pe(c.capacity),minTier:c.minTier||null,guestPassesPerMember:pe(c.guestPassesPerMember),cost:Q(c.cost),isActive:c.isActive};(e?await p.run({id:e.id,input:v,invite:c.invite}):await i.run({channel:s.channel,input:v,invite:c.invite}))&&r()}return l`<form class="entity-form" name="event" onSubmit=${f} noValidate>
    <div class="form-grid">
      <${g} label=${a("events.name")} name="name" errors=${d}><${b} name="name" value=${c.name} set=${m} /><//>
      <${g} label=${a("causes.description")} name="description" errors=${d}><${b} name="description" value=${c.description} set=${m} /><//>
      <${g} label=${a("events.startsAt")} name="startsAt" errors=${d}><${b} name="startsAt" type="datetime-local" value=${c.startsAt} set=${m} /><//>
      <${g} label=${a("events.capacity")} name="capacity" errors=${d}><${b} name="capacity" type="number" value=${c.capacity} set=${m} /><//>
      <${g} label=${a("events.minTier")} name="minTier" errors=${d}>
        <${X} name="minTier" value=${c.minTier} set=${m} options=${[["",a("events.everyone")],...t.map($=>[$.id,$.name])]} />
      <//>
      <${g} label=${a("events.passes")} name="guestPassesPerMember" errors=${d}><${b} name="guestPassesPerMember" type="number" value=${c.guestPassesPerMember} set=${m} /><//>
      <${g} label=${a("events.cost")} name="cost" errors=${d}><${b} name="cost" type="number" step="any" value=${c.cost} set=${m} /><//>
    </div>
    <${we} name="isActive" value=${c.isActive} set=${m} text=${a("active")} />
    <${we} name="invite" value=${c.invite} set=${m} text=${a("events.invite")} />
    <${V} errors=${d} fields=${fi} />
    <div class="actions">
      <button type="submit" disabled=${u.busy}>${e?a("save"):a("events.create")}</button>
      ${n&&l`<button type="button" class="secondary" onClick=${n}>${a("cancel")}</button>`}
    </div>
  </form>`}function ua(){let e=x(),{data:t,error:r,loading:n,reload:s}=H(di,{channel:e.channel,language:se()}),[o,i]=_(null),[p,u]=_(null),c=m=>()=>{i(null),u(m),s()};return n&&!t?l`<h1>${a("nav.events")}</h1><${W} />`:r?l`<h1>${a("nav.events")}</h1><${L} error=${r} />`:l`<h1>${a("nav.events")}</h1>
    ${p&&l`<p class="notice" role="status">${p}</p>`}
    <${I} title=${a("nav.events")} id="events">
      ${t.referralEvents.length?l`<table class="table events-table"><thead><tr>
            <th>${a("events.name")}</th><th>${a("events.startsAt")}</th><th>${a("events.seats")}</th><th>${a("events.minTier")}</th>
            <th>${a("events.invited")}</th><th>${a("events.redeemed")}</th><th>${a("events.cost")}</th><th></th></tr></thead><tbody>
          ${t.referralEvents.map(m=>l`<tr data-id=${m.id}>
              <td>${m.name}${m.isActive?"":l` <small class="muted">(${a("inactive")})</small>`}</td>
              <td><${U} value=${m.startsAt} /></td>
              <td class="num">${T(m.seatsLeft)} / ${T(m.capacity)}</td>
              <td>${m.minTier?m.minTier.name:a("events.everyone")}</td>
              <td class="num">${m.invitedMembers===null?"—":T(m.invitedMembers)}</td>
              <td class="num">${T(m.passesRedeemed)}</td>
              <td>${m.cost?D(m.cost):"—"}</td>
              <td class="row-actions"><button type="button" class="secondary" name="edit" onClick=${()=>i(o===m.id?null:m.id)}>${a("edit")}</button></td>
            </tr>
            ${o===m.id&&l`<tr class="expanded"><td colspan="8"><${ca} event=${m} tiers=${t.referralTiers} onDone=${c(a("saved"))} onCancel=${()=>i(null)} /></td></tr>`}`)}
          </tbody></table>`:l`<${P} text=${a("events.none")} />`}
    <//>
    <${I} title=${a("events.new")} id="new-event">
      <${ca} key=${`new-${t.referralEvents.length}`} tiers=${t.referralTiers} onDone=${c(a("events.created"))} />
    <//>`}var $i=`query Customer($channel: String!, $id: ID!, $language: String) {
  referralCustomer(channel: $channel, id: $id) {
    code shareUrl memberDiscountCode tierAtRiskUntil
    stats { visits friends orders pending qualified rewarded earned { amount currency } }
    tier { name(languageCode: $language) } nextTier { tier { name(languageCode: $language) } referralsNeeded }
    badges { slug name earnedAt }
  }
  referrals(channel: $channel, filter: {customer: $id}, first: 50) { totalCount edges { node { ${xe} } } }
  referralRewards(channel: $channel, filter: {customer: $id}, first: 50) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${At} } }
  }
}`,hi=`query OrderReferral($channel: String!, $order: ID!) {
  referrals(channel: $channel, filter: {order: $order}, first: 5) { totalCount edges { node { ${xe} } } }
}`;function da(e,t,r){for(let n of t){let s=e.get(n);if(s){if(n!=="id")return s;try{if(atob(s).startsWith(`${r}:`))return s}catch{}}}return null}function vi({connection:e,onChanged:t}){let[r,n]=_(null);return e.edges.length?l`<table class="table referrals-table"><${Rt} /><tbody>
    ${e.edges.map(({node:s})=>l`<${Et} referral=${s} open=${r===s.id}
        onToggle=${()=>n(r===s.id?null:s.id)}>
        <${De} referral=${s} />
        ${["FLAGGED","PENDING","QUALIFIED"].includes(s.status)&&l`<${ke} referral=${s} onDone=${t} />`}
      <//>`)}
  </tbody></table>`:l`<${P} />`}function Ct({title:e,value:t}){return l`<div class="kpi"><span class="kpi-title">${e}</span><strong class="num">${t}</strong></div>`}function ma({query:e}){let t=x(),r=da(e,["customerId","customer","id"],"User"),{data:n,error:s,loading:o,reload:i}=H($i,{channel:t.channel,id:r||"",language:se()},[r]);if(!r)return l`<h1>${a("customer.title")}</h1><${P} text=${a("customer.missing")} />`;if(o&&!n)return l`<h1>${a("customer.title")}</h1><${W} />`;if(s)return l`<h1>${a("customer.title")}</h1><${L} error=${s} />`;let p=n.referralCustomer;return p?l`<h1>${a("customer.title")}</h1>
    <div class="kpis">
      <${Ct} title=${a("customer.code")} value=${p.code||"—"} />
      <${Ct} title=${a("col.tier")} value=${p.tier?p.tier.name:"—"} />
      <${Ct} title=${a("customer.friends")} value=${T(p.stats.friends)} />
      <${Ct} title=${a("customer.earned")} value=${D(p.stats.earned)} />
    </div>
    <p class="muted">
      ${a("customer.statsText",{visits:p.stats.visits,orders:p.stats.orders,pending:p.stats.pending,rewarded:p.stats.rewarded})}
      ${p.nextTier&&l`${a("list.sep")}${a("customer.nextTier",{tier:p.nextTier.tier.name,count:p.nextTier.referralsNeeded})}`}
      ${p.tierAtRiskUntil&&l`${a("list.sep")}${a("customer.atRisk")} <${U} value=${p.tierAtRiskUntil} />`}
      ${p.memberDiscountCode&&l`${a("list.sep")}${a("customer.memberCode")} <code>${p.memberDiscountCode}</code>`}
    </p>
    ${p.badges.length>0&&l`<p class="badges">${p.badges.map(u=>l`<span class="badge">${u.name}</span>`)}</p>`}
    <${I} title=${a("customer.referrals",{count:n.referrals.totalCount})} id="customer-referrals">
      <${vi} connection=${n.referrals} onChanged=${i} />
    <//>
    <${I} title=${a("customer.rewards",{count:n.referralRewards.totalCount})} id="customer-rewards">
      <${fr} connection=${n.referralRewards} onChanged=${i} />
    <//>`:l`<h1>${a("customer.title")}</h1><${P} text=${a("customer.none")} />`}function pa({query:e}){let t=x(),r=da(e,["orderId","order","id"],"Order"),{data:n,error:s,loading:o,reload:i}=H(hi,{channel:t.channel,order:r||""},[r]);if(!r)return l`<h1>${a("order.title")}</h1><${P} text=${a("order.missing")} />`;if(o&&!n)return l`<h1>${a("order.title")}</h1><${W} />`;if(s)return l`<h1>${a("order.title")}</h1><${L} error=${s} />`;let p=n.referrals.edges[0]&&n.referrals.edges[0].node;return p?l`<h1>${a("order.title")}</h1>
    <div class="card order-referral" data-id=${p.id}>
      <p><${re} value=${p.status} /> ${p.statusReason}</p>
      <p>${a("col.advocate")}: <b>${p.advocateEmail}</b> (${p.code})${a("list.sep")}${a("col.friend")}: <b>${p.friendEmail||p.friendName}</b></p>
      <${De} referral=${p} />
      ${["FLAGGED","PENDING","QUALIFIED"].includes(p.status)&&l`<${ke} referral=${p} onDone=${i} />`}
    </div>`:l`<h1>${a("order.title")}</h1><${P} text=${a("order.none")} />`}var gi=["REFERRALS","REWARDS","DONATIONS","FUNNEL"],fa=`id kind status statusReason progress rowsDone rowsTotal url requestedBy createdAt finishedAt
  periodStart periodEnd`,_i=`query Exports($channel: String!) {
  referralExportFiles(channel: $channel, first: 20) { ${fa} }
  referralCampaigns(channel: $channel) { id name }
}`,yi=`mutation Export($channel: String!, $kind: ReferralExportKindEnum!, $period: ReferralExportPeriodInput, $campaign: ID) {
  referralExport(channel: $channel, kind: $kind, period: $period, campaign: $campaign) {
    exportFile { ${fa} } ${O}
  }
}`,wi=new Set(["PENDING","RUNNING"]);function bi({campaigns:e,onDone:t}){let r=x(),n=z({kind:"REFERRALS",from:"",to:"",campaign:""}),s=N(yi,"referralExport"),{values:o,set:i}=n;async function p(u){u.preventDefault();let c=o.from||o.to?{gte:Y(o.from),lte:Y(o.to)}:null,m=await s.run({channel:r.channel,kind:o.kind,period:c,campaign:o.campaign||null});m&&t(m.exportFile)}return l`<form class="inline-form" name="export" onSubmit=${p} noValidate>
    <${g} label=${a("exports.kind")} name="kind" errors=${s.errors}>
      <${X} name="kind" value=${o.kind} set=${i} options=${gi.map(u=>[u,S("export",u)])} />
    <//>
    <${g} label=${a("filter.from")} name="period" errors=${s.errors}>
      <${b} name="from" type="datetime-local" value=${o.from} set=${i} />
    <//>
    <${g} label=${a("filter.to")} name="to">
      <${b} name="to" type="datetime-local" value=${o.to} set=${i} />
    <//>
    <${g} label=${a("exports.campaign")} name="campaign" errors=${s.errors}>
      <${X} name="campaign" value=${o.campaign} set=${i}
        options=${[["",a("all")],...e.map(u=>[u.id,u.name])]} />
    <//>
    <${V} errors=${s.errors} fields=${["kind","period","campaign"]} />
    <button type="submit" disabled=${s.busy}>${a("exports.request")}</button>
  </form>`}function Ei({file:e}){return e.status==="SUCCESS"?l`<span>${a("exports.rows",{count:e.rowsDone})}</span>`:e.progress===null?l`<span class="muted">${a("exports.counting")}</span>`:l`<span><progress max="1" value=${e.progress}></progress> ${ue(e.progress)}
    <small class="muted">${T(e.rowsDone)} / ${T(e.rowsTotal??0)}</small></span>`}function $a(){let e=x(),{data:t,error:r,loading:n,reload:s}=H(_i,{channel:e.channel}),[o,i]=_(null),p=!!t&&t.referralExportFiles.some(u=>wi.has(u.status));return K(()=>{if(!p)return;let u=setTimeout(s,1500);return()=>clearTimeout(u)},[p,t]),n&&!t?l`<h1>${a("nav.exports")}</h1><${W} />`:r?l`<h1>${a("nav.exports")}</h1><${L} error=${r} />`:l`<h1>${a("nav.exports")}</h1>
    ${o&&l`<p class="notice" role="status">${o}</p>`}
    <${I} title=${a("exports.new")} id="new-export">
      <p class="muted">${a("exports.intro")}</p>
      <${bi} campaigns=${t.referralCampaigns} onDone=${()=>{i(a("exports.requested")),s()}} />
    <//>
    <${I} title=${a("exports.files")} id="exports">
      ${t.referralExportFiles.length?l`<table class="table exports-table"><thead><tr>
            <th>${a("col.created")}</th><th>${a("exports.kind")}</th><th>${a("col.status")}</th><th>${a("exports.progress")}</th>
            <th>${a("exports.by")}</th><th></th></tr></thead><tbody>
          ${t.referralExportFiles.map(u=>l`<tr data-id=${u.id} data-status=${u.status}>
            <td><${U} value=${u.createdAt} /></td>
            <td>${S("export",u.kind)}${u.periodStart||u.periodEnd?l`<br /><small class="muted"><${U} value=${u.periodStart} time=${!1} /> – <${U} value=${u.periodEnd} time=${!1} /></small>`:""}</td>
            <td><${re} value=${u.status} />${u.status==="FAILED"?l`<br /><small class="muted">${u.statusReason}</small>`:""}</td>
            <td><${Ei} file=${u} /></td>
            <td class="muted">${u.requestedBy}</td>
            <td>${u.url?l`<a class="download" href=${u.url} download>${a("exports.download")}</a>`:""}</td>
          </tr>`)}
          </tbody></table>`:l`<${P} text=${a("exports.none")} />`}
    <//>`}var St={overview:Bn,review:Gn,referrals:Kn,rewards:jn,tiers:Xn,campaigns:ra,contests:oa,causes:la,events:ua,exports:$a,customer:ma,order:pa},ha=["overview","review","referrals","rewards","tiers","campaigns","contests","causes","events","exports"];var Ri="query Channels { channels { slug name } }";function va(e,t){let[r,n]=_(null);return K(()=>{e(Ri).then(s=>n((s.channels||[]).map(o=>({...o,active:t[o.slug]===!0}))),()=>n([]))},[e]),r}function ga(e,t){let r=(e||[]).find(n=>n.slug===t);return r?r.name:t}function Ai(e,t){let r=new URL(location.href),n=r.pathname.startsWith(e.base)?r.pathname.slice(e.base.length):"";r.pathname=e.shopBase+n,r.searchParams.set("channel",t);let s=bn();return s&&r.searchParams.set(lr,s),r.toString()}async function Ci(e,t){let r;try{r=await fetch(e,{credentials:"same-origin",headers:{Accept:"text/html"}})}catch(n){t({status:0,url:e,reason:String(n.message||n)});return}if(!r.ok){t({status:r.status,url:e,reason:(await r.text()).slice(0,300)});return}location.assign(e)}function _a({channels:e,channel:t,config:r,onError:n}){return!e||e.length<2?null:l`<label class="channel-switch">
    <span class="field-label">${a("channel.label")}</span>
    <select name="channel" onChange=${s=>Ci(Ai(r,s.target.value),n)}>
      ${e.map(s=>l`<option value=${s.slug} selected=${s.slug===t} data-active=${String(s.active)}
          title=${a(s.active?"channel.titleActive":"channel.titleInactive",{name:s.name})}>
          ${a(s.active?"channel.optionActive":"channel.optionInactive",{name:s.name})}
        </option>`)}
    </select>
  </label>`}function vr({config:e,bridge:t,children:r}){let n=e.settingsPath,s=e.dashboardUrl?`${e.dashboardUrl}${n}`:n;function o(i){!t||!t.current||i.ctrlKey||i.metaKey||(i.preventDefault(),t.current.dispatch(Fe.Redirect({to:n})).catch(()=>{window.open(s,"_top")}))}return l`<a class="settings-link" href=${s} target="_top" onClick=${o}>${r}</a>`}function ya({name:e,slug:t,config:r,bridge:n}){return l`<section class="card not-active" role="status" data-channel=${t}>
    <h1>${a("notActive.title",{name:e})}</h1>
    <p>${a("notActive.text",{name:e})}</p>
    <p><${vr} config=${r} bridge=${n}>${a("notActive.link")}<//></p>
  </section>`}function wa({error:e,onBack:t}){let r=e.status===404?"error.notFound":e.status>=500?"error.server":"error.network";return l`<section class="card console-error" role="alert" data-status=${e.status}>
    <h1>${a("error.title",{status:e.status||"—"})}</h1>
    <p>${a(r)}</p>
    ${e.reason&&l`<pre class="muted">${e.reason}</pre>`}
    <p><button type="button" class="secondary" onClick=${t}>${a("error.back")}</button></p>
  </section>`}function Si({gql:e,onToken:t}){let r=z({email:"",password:""}),[n,s]=_([]),[o,i]=_(!1);async function p(u){u.preventDefault(),i(!0);try{let{payload:c,errors:m}=await mt(e,An,r.values,"tokenCreate");s(m),!m.length&&c.token&&t(c.token)}catch(c){s([{field:null,code:"INVALID",message:c.message}])}finally{i(!1)}}return l`<main class="sign-in">
    <form class="card" onSubmit=${p} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">${a("signIn.title")}</h1>
      <p class="muted">${a("signIn.intro")}</p>
      <${g} label=${a("signIn.email")} name="email" errors=${n}>
        <${b} name="email" type="email" value=${r.values.email} set=${r.set} required autocomplete="username" />
      <//>
      <${g} label=${a("signIn.password")} name="password" errors=${n}>
        <${b} name="password" type="password" value=${r.values.password} set=${r.set} required autocomplete="current-password" />
      <//>
      <${V} errors=${n} fields=${["email","password"]} />
      <button type="submit" disabled=${o}>${a("signIn.submit")}</button>
    </form>
  </main>`}function xi({onSignOut:e,framed:t}){return l`<main class="no-permission card" role="alert">
    <h1>${a("noPermission.title")}</h1>
    <p>${a("noPermission.text")}</p>
    ${!t&&l`<button type="button" onClick=${e}>${a("signOut")}</button>`}
  </main>`}function Di({router:e}){let[t,r]=_("");return l`<main class="sign-in">
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
  </main>`}var ki=new Set(["customer","order"]);function Ii({bridge:e,children:t}){let r=ve(null);return K(()=>{if(!r.current||typeof ResizeObserver>"u")return;let n=new ResizeObserver(()=>Cn(e.current,r.current.scrollHeight));return n.observe(r.current),()=>n.disconnect()},[]),l`<main class="content embedded" ref=${r}>${t}</main>`}function ba({config:e}){let t=de(or,[]),r=new URLSearchParams(location.search),n=de(()=>On(e.base),[]),[s]=_(e.channel||r.get("channel")||""),[o,i]=_(()=>_t(r.get("lang"),t&&r.get("locale"),e.language)),[p,u]=_(()=>t?null:Rn()),[c,m]=_(e.graphqlUrl),[d,f]=_(r.get("theme")||"light"),[$,v]=_("app"),h=ve(null);Dn(o),K(()=>{document.documentElement.dataset.theme=d},[d]),K(()=>{t&&(h.current=En(k=>{k.token&&u(k.token),k.saleorApiUrl&&m(k.saleorApiUrl),k.theme&&f(k.theme),k.locale&&!r.get("lang")&&i(_t(k.locale,o))}))},[]);let y=de(()=>qr(c,()=>p),[c,p]),w=n.useRoute(),R=va(y,e.programs||{}),[G,C]=_(null);function F(){cr(null),u(null),v("app")}let M=ga(R,s),E={gql:y,channel:s,channelName:M,router:n,navigate:n.navigate,framed:t,onApiError(k){k.kind==="permission"?v("no-permission"):k.kind==="auth"&&!t&&F()}};if(!p)return t?l`<p class="muted loading">${a("dashboard.waiting")}</p>`:l`<${Si}
      gql=${y}
      onToken=${k=>{cr(k),u(k)}}
    />`;if($==="no-permission")return l`<${xi} onSignOut=${F} framed=${t} />`;if(!s)return l`<${Di} router=${n} />`;let ee=St[w.page]||St.overview,J=St[w.page]?w.page:"overview",Be=e.programs&&e.programs[s]!==!0,te=l`<${ee} query=${w.query} />`;return G?te=l`<${wa} error=${G} onBack=${()=>C(null)} />`:Be&&(te=l`<${ya} name=${M} slug=${s} config=${e} bridge=${h} />`),t&&ki.has(J)?l`<${yt.Provider} value=${E}>
      <${Ii} bridge=${h} key=${`${J}-${o}`}>${te}<//>
    <//>`:l`<${yt.Provider} value=${E}>
    <div class="layout">
      <nav class="sidebar" aria-label=${a("nav.label")}>
        <div class="brand">${a("app.title")}<small class="channel-name" title=${s} data-slug=${s}>${M}</small></div>
        <ul>
          ${ha.map(k=>l`<li>
              <a
                href=${n.href(k)}
                class=${k===J?"active":""}
                aria-current=${k===J?"page":void 0}
                data-page=${k}
                onClick=${xt=>{xt.ctrlKey||xt.metaKey||(xt.preventDefault(),n.navigate(k))}}
              >${a(`nav.${k}`)}</a>
            </li>`)}
        </ul>
        <div class="sidebar-foot">
          <${_a} channels=${R} channel=${s} config=${e} onError=${C} />
          <${vr} config=${e} bridge=${h}>${a("settings.link")}<//>
          <label class="language">
            <span class="sr-only">${a("language")}</span>
            <select
              name="language"
              value=${se()}
              onChange=${k=>i(k.target.value)}
            >
              ${mr.map(k=>l`<option value=${k} selected=${k===o}>${a(`language.${k}`)}</option>`)}
            </select>
          </label>
          ${!t&&l`<button type="button" class="link" onClick=${F}>${a("signOut")}</button>`}
        </div>
      </nav>
      <main class="content" data-page=${J} key=${`${J}-${o}`}>
        ${te}
      </main>
    </div>
  <//>`}ir();var Ti=JSON.parse(document.getElementById("referrals-console-config").textContent);Mt(l`<${ba} config=${Ti} />`,document.getElementById("referrals-console"));
