var ga=Object.create;var $r=Object.defineProperty;var _a=Object.getOwnPropertyDescriptor;var ya=Object.getOwnPropertyNames;var wa=Object.getPrototypeOf,ba=Object.prototype.hasOwnProperty;var St=(e,t)=>()=>(t||e((t={exports:{}}).exports,t),t.exports);var Ea=(e,t,r,n)=>{if(t&&typeof t=="object"||typeof t=="function")for(let s of ya(t))!ba.call(e,s)&&s!==r&&$r(e,s,{get:()=>t[s],enumerable:!(n=_a(t,s))||n.enumerable});return e};var xt=(e,t,r)=>(r=e!=null?ga(wa(e)):{},Ea(t||!e||!e.__esModule?$r(r,"default",{value:e,enumerable:!0}):r,e));var Jr=St((Wi,zr)=>{var Ie=1e3,ke=Ie*60,Te=ke*60,we=Te*24,Ma=we*7,Ha=we*365.25;zr.exports=function(e,t){t=t||{};var r=typeof e;if(r==="string"&&e.length>0)return Wa(e);if(r==="number"&&isFinite(e))return t.long?Ba(e):Va(e);throw new Error("val is not a non-empty string or a valid number. val="+JSON.stringify(e))};function Wa(e){if(e=String(e),!(e.length>100)){var t=/^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(e);if(t){var r=parseFloat(t[1]),n=(t[2]||"ms").toLowerCase();switch(n){case"years":case"year":case"yrs":case"yr":case"y":return r*Ha;case"weeks":case"week":case"w":return r*Ma;case"days":case"day":case"d":return r*we;case"hours":case"hour":case"hrs":case"hr":case"h":return r*Te;case"minutes":case"minute":case"mins":case"min":case"m":return r*ke;case"seconds":case"second":case"secs":case"sec":case"s":return r*Ie;case"milliseconds":case"millisecond":case"msecs":case"msec":case"ms":return r;default:return}}}}function Va(e){var t=Math.abs(e);return t>=we?Math.round(e/we)+"d":t>=Te?Math.round(e/Te)+"h":t>=ke?Math.round(e/ke)+"m":t>=Ie?Math.round(e/Ie)+"s":e+"ms"}function Ba(e){var t=Math.abs(e);return t>=we?mt(e,t,we,"day"):t>=Te?mt(e,t,Te,"hour"):t>=ke?mt(e,t,ke,"minute"):t>=Ie?mt(e,t,Ie,"second"):e+" ms"}function mt(e,t,r,n){var s=t>=r*1.5;return Math.round(e/r)+" "+n+(s?"s":"")}});var Yr=St((Vi,Qr)=>{function Ga(e){r.debug=r,r.default=r,r.coerce=u,r.disable=l,r.enable=s,r.enabled=p,r.humanize=Jr(),r.destroy=c,Object.keys(e).forEach(m=>{r[m]=e[m]}),r.names=[],r.skips=[],r.formatters={};function t(m){let d=0;for(let f=0;f<m.length;f++)d=(d<<5)-d+m.charCodeAt(f),d|=0;return r.colors[Math.abs(d)%r.colors.length]}r.selectColor=t;function r(m){let d,f=null,$,g;function h(...b){if(!h.enabled)return;let _=h,E=Number(new Date),O=E-(d||E);_.diff=O,_.prev=d,_.curr=E,d=E,b[0]=r.coerce(b[0]),typeof b[0]!="string"&&b.unshift("%O");let W=0;b[0]=b[0].replace(/%([a-zA-Z%])/g,(q,R)=>{if(q==="%%")return"%";W++;let ae=r.formatters[R];if(typeof ae=="function"){let Z=b[W];q=ae.call(_,Z),b.splice(W,1),W--}return q}),r.formatArgs.call(_,b),(_.log||r.log).apply(_,b)}return h.namespace=m,h.useColors=r.useColors(),h.color=r.selectColor(m),h.extend=n,h.destroy=r.destroy,Object.defineProperty(h,"enabled",{enumerable:!0,configurable:!1,get:()=>f!==null?f:($!==r.namespaces&&($=r.namespaces,g=r.enabled(m)),g),set:b=>{f=b}}),typeof r.init=="function"&&r.init(h),h}function n(m,d){let f=r(this.namespace+(typeof d>"u"?":":d)+m);return f.log=this.log,f}function s(m){r.save(m),r.namespaces=m,r.names=[],r.skips=[];let d=(typeof m=="string"?m:"").trim().replace(" ",",").split(",").filter(Boolean);for(let f of d)f[0]==="-"?r.skips.push(f.slice(1)):r.names.push(f)}function o(m,d){let f=0,$=0,g=-1,h=0;for(;f<m.length;)if($<d.length&&(d[$]===m[f]||d[$]==="*"))d[$]==="*"?(g=$,h=f,$++):(f++,$++);else if(g!==-1)$=g+1,h++,f=h;else return!1;for(;$<d.length&&d[$]==="*";)$++;return $===d.length}function l(){let m=[...r.names,...r.skips.map(d=>"-"+d)].join(",");return r.enable(""),m}function p(m){for(let d of r.skips)if(o(m,d))return!1;for(let d of r.names)if(o(m,d))return!0;return!1}function u(m){return m instanceof Error?m.stack||m.message:m}function c(){console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.")}return r.enable(r.load()),r}Qr.exports=Ga});var ft=St((ne,pt)=>{ne.formatArgs=qa;ne.save=ja;ne.load=za;ne.useColors=Ka;ne.storage=Ja();ne.destroy=(()=>{let e=!1;return()=>{e||(e=!0,console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."))}})();ne.colors=["#0000CC","#0000FF","#0033CC","#0033FF","#0066CC","#0066FF","#0099CC","#0099FF","#00CC00","#00CC33","#00CC66","#00CC99","#00CCCC","#00CCFF","#3300CC","#3300FF","#3333CC","#3333FF","#3366CC","#3366FF","#3399CC","#3399FF","#33CC00","#33CC33","#33CC66","#33CC99","#33CCCC","#33CCFF","#6600CC","#6600FF","#6633CC","#6633FF","#66CC00","#66CC33","#9900CC","#9900FF","#9933CC","#9933FF","#99CC00","#99CC33","#CC0000","#CC0033","#CC0066","#CC0099","#CC00CC","#CC00FF","#CC3300","#CC3333","#CC3366","#CC3399","#CC33CC","#CC33FF","#CC6600","#CC6633","#CC9900","#CC9933","#CCCC00","#CCCC33","#FF0000","#FF0033","#FF0066","#FF0099","#FF00CC","#FF00FF","#FF3300","#FF3333","#FF3366","#FF3399","#FF33CC","#FF33FF","#FF6600","#FF6633","#FF9900","#FF9933","#FFCC00","#FFCC33"];function Ka(){if(typeof window<"u"&&window.process&&(window.process.type==="renderer"||window.process.__nwjs))return!0;if(typeof navigator<"u"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/))return!1;let e;return typeof document<"u"&&document.documentElement&&document.documentElement.style&&document.documentElement.style.WebkitAppearance||typeof window<"u"&&window.console&&(window.console.firebug||window.console.exception&&window.console.table)||typeof navigator<"u"&&navigator.userAgent&&(e=navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/))&&parseInt(e[1],10)>=31||typeof navigator<"u"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/)}function qa(e){if(e[0]=(this.useColors?"%c":"")+this.namespace+(this.useColors?" %c":" ")+e[0]+(this.useColors?"%c ":" ")+"+"+pt.exports.humanize(this.diff),!this.useColors)return;let t="color: "+this.color;e.splice(1,0,t,"color: inherit");let r=0,n=0;e[0].replace(/%[a-zA-Z%]/g,s=>{s!=="%%"&&(r++,s==="%c"&&(n=r))}),e.splice(n,0,t)}ne.log=console.debug||console.log||(()=>{});function ja(e){try{e?ne.storage.setItem("debug",e):ne.storage.removeItem("debug")}catch{}}function za(){let e;try{e=ne.storage.getItem("debug")}catch{}return!e&&typeof process<"u"&&"env"in process&&(e=process.env.DEBUG),e}function Ja(){try{return localStorage}catch{}}pt.exports=Yr()(ne);var{formatters:Qa}=pt.exports;Qa.j=function(e){try{return JSON.stringify(e)}catch(t){return"[UnexpectedJSONParseError]: "+t.message}}});var at,A,_r,Ra,ye,hr,yr,wr,br,Pt,Dt,It,Er,Be={},Rr=[],Aa=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ge=Array.isArray;function pe(e,t){for(var r in t)e[r]=t[r];return e}function Nt(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function fe(e,t,r){var n,s,o,l={};for(o in t)o=="key"?n=t[o]:o=="ref"?s=t[o]:l[o]=t[o];if(arguments.length>2&&(l.children=arguments.length>3?at.call(arguments,2):r),typeof e=="function"&&e.defaultProps!=null)for(o in e.defaultProps)l[o]===void 0&&(l[o]=e.defaultProps[o]);return rt(e,l,n,s,null)}function rt(e,t,r,n,s){var o={type:e,props:t,key:r,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++_r,__i:-1,__u:0};return s==null&&A.vnode!=null&&A.vnode(o),o}function ve(e){return e.children}function se(e,t){this.props=e,this.context=t}function Se(e,t){if(t==null)return e.__?Se(e.__,e.__i+1):null;for(var r;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null)return r.__e;return typeof e.type=="function"?Se(e):null}function Ar(e){var t,r;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null){e.__e=e.__c.base=r.__e;break}return Ar(e)}}function kt(e){(!e.__d&&(e.__d=!0)&&ye.push(e)&&!nt.__r++||hr!=A.debounceRendering)&&((hr=A.debounceRendering)||yr)(nt)}function nt(){for(var e,t,r,n,s,o,l,p=1;ye.length;)ye.length>p&&ye.sort(wr),e=ye.shift(),p=ye.length,e.__d&&(r=void 0,n=void 0,s=(n=(t=e).__v).__e,o=[],l=[],t.__P&&((r=pe({},n)).__v=n.__v+1,A.vnode&&A.vnode(r),Ot(t.__P,r,n,t.__n,t.__P.namespaceURI,32&n.__u?[s]:null,o,s??Se(n),!!(32&n.__u),l),r.__v=n.__v,r.__.__k[r.__i]=r,xr(o,r,l),n.__e=n.__=null,r.__e!=s&&Ar(r)));nt.__r=0}function Cr(e,t,r,n,s,o,l,p,u,c,m){var d,f,$,g,h,b,_,E=n&&n.__k||Rr,O=t.length;for(u=Ca(r,t,E,u,O),d=0;d<O;d++)($=r.__k[d])!=null&&(f=$.__i==-1?Be:E[$.__i]||Be,$.__i=d,b=Ot(e,$,f,s,o,l,p,u,c,m),g=$.__e,$.ref&&f.ref!=$.ref&&(f.ref&&Ft(f.ref,null,$),m.push($.ref,$.__c||g,$)),h==null&&g!=null&&(h=g),(_=!!(4&$.__u))||f.__k===$.__k?u=Sr($,u,e,_):typeof $.type=="function"&&b!==void 0?u=b:g&&(u=g.nextSibling),$.__u&=-7);return r.__e=h,u}function Ca(e,t,r,n,s){var o,l,p,u,c,m=r.length,d=m,f=0;for(e.__k=new Array(s),o=0;o<s;o++)(l=t[o])!=null&&typeof l!="boolean"&&typeof l!="function"?(u=o+f,(l=e.__k[o]=typeof l=="string"||typeof l=="number"||typeof l=="bigint"||l.constructor==String?rt(null,l,null,null,null):Ge(l)?rt(ve,{children:l},null,null,null):l.constructor==null&&l.__b>0?rt(l.type,l.props,l.key,l.ref?l.ref:null,l.__v):l).__=e,l.__b=e.__b+1,p=null,(c=l.__i=Sa(l,r,u,d))!=-1&&(d--,(p=r[c])&&(p.__u|=2)),p==null||p.__v==null?(c==-1&&(s>m?f--:s<m&&f++),typeof l.type!="function"&&(l.__u|=4)):c!=u&&(c==u-1?f--:c==u+1?f++:(c>u?f--:f++,l.__u|=4))):e.__k[o]=null;if(d)for(o=0;o<m;o++)(p=r[o])!=null&&(2&p.__u)==0&&(p.__e==n&&(n=Se(p)),Ir(p,p));return n}function Sr(e,t,r,n){var s,o;if(typeof e.type=="function"){for(s=e.__k,o=0;s&&o<s.length;o++)s[o]&&(s[o].__=e,t=Sr(s[o],t,r,n));return t}e.__e!=t&&(n&&(t&&e.type&&!t.parentNode&&(t=Se(e)),r.insertBefore(e.__e,t||null)),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Ke(e,t){return t=t||[],e==null||typeof e=="boolean"||(Ge(e)?e.some(function(r){Ke(r,t)}):t.push(e)),t}function Sa(e,t,r,n){var s,o,l,p=e.key,u=e.type,c=t[r],m=c!=null&&(2&c.__u)==0;if(c===null&&e.key==null||m&&p==c.key&&u==c.type)return r;if(n>(m?1:0)){for(s=r-1,o=r+1;s>=0||o<t.length;)if((c=t[l=s>=0?s--:o++])!=null&&(2&c.__u)==0&&p==c.key&&u==c.type)return l}return-1}function vr(e,t,r){t[0]=="-"?e.setProperty(t,r??""):e[t]=r==null?"":typeof r!="number"||Aa.test(t)?r:r+"px"}function tt(e,t,r,n,s){var o,l;e:if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)r&&t in r||vr(e.style,t,"");if(r)for(t in r)n&&r[t]==n[t]||vr(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")o=t!=(t=t.replace(br,"$1")),l=t.toLowerCase(),t=l in e||t=="onFocusOut"||t=="onFocusIn"?l.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+o]=r,r?n?r.u=n.u:(r.u=Pt,e.addEventListener(t,o?It:Dt,o)):e.removeEventListener(t,o?It:Dt,o);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=r??"";break e}catch{}typeof r=="function"||(r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r))}}function gr(e){return function(t){if(this.l){var r=this.l[t.type+e];if(t.t==null)t.t=Pt++;else if(t.t<r.u)return;return r(A.event?A.event(t):t)}}}function Ot(e,t,r,n,s,o,l,p,u,c){var m,d,f,$,g,h,b,_,E,O,W,Q,q,R,ae,Z,Ve,ee=t.type;if(t.constructor!=null)return null;128&r.__u&&(u=!!(32&r.__u),o=[p=t.__e=r.__e]),(m=A.__b)&&m(t);e:if(typeof ee=="function")try{if(_=t.props,E="prototype"in ee&&ee.prototype.render,O=(m=ee.contextType)&&n[m.__c],W=m?O?O.props.value:m.__:n,r.__c?b=(d=t.__c=r.__c).__=d.__E:(E?t.__c=d=new ee(_,W):(t.__c=d=new se(_,W),d.constructor=ee,d.render=Da),O&&O.sub(d),d.props=_,d.state||(d.state={}),d.context=W,d.__n=n,f=d.__d=!0,d.__h=[],d._sb=[]),E&&d.__s==null&&(d.__s=d.state),E&&ee.getDerivedStateFromProps!=null&&(d.__s==d.state&&(d.__s=pe({},d.__s)),pe(d.__s,ee.getDerivedStateFromProps(_,d.__s))),$=d.props,g=d.state,d.__v=t,f)E&&ee.getDerivedStateFromProps==null&&d.componentWillMount!=null&&d.componentWillMount(),E&&d.componentDidMount!=null&&d.__h.push(d.componentDidMount);else{if(E&&ee.getDerivedStateFromProps==null&&_!==$&&d.componentWillReceiveProps!=null&&d.componentWillReceiveProps(_,W),!d.__e&&d.shouldComponentUpdate!=null&&d.shouldComponentUpdate(_,d.__s,W)===!1||t.__v==r.__v){for(t.__v!=r.__v&&(d.props=_,d.state=d.__s,d.__d=!1),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(D){D&&(D.__=t)}),Q=0;Q<d._sb.length;Q++)d.__h.push(d._sb[Q]);d._sb=[],d.__h.length&&l.push(d);break e}d.componentWillUpdate!=null&&d.componentWillUpdate(_,d.__s,W),E&&d.componentDidUpdate!=null&&d.__h.push(function(){d.componentDidUpdate($,g,h)})}if(d.context=W,d.props=_,d.__P=e,d.__e=!1,q=A.__r,R=0,E){for(d.state=d.__s,d.__d=!1,q&&q(t),m=d.render(d.props,d.state,d.context),ae=0;ae<d._sb.length;ae++)d.__h.push(d._sb[ae]);d._sb=[]}else do d.__d=!1,q&&q(t),m=d.render(d.props,d.state,d.context),d.state=d.__s;while(d.__d&&++R<25);d.state=d.__s,d.getChildContext!=null&&(n=pe(pe({},n),d.getChildContext())),E&&!f&&d.getSnapshotBeforeUpdate!=null&&(h=d.getSnapshotBeforeUpdate($,g)),Z=m,m!=null&&m.type===ve&&m.key==null&&(Z=Dr(m.props.children)),p=Cr(e,Ge(Z)?Z:[Z],t,r,n,s,o,l,p,u,c),d.base=t.__e,t.__u&=-161,d.__h.length&&l.push(d),b&&(d.__E=d.__=null)}catch(D){if(t.__v=null,u||o!=null)if(D.then){for(t.__u|=u?160:128;p&&p.nodeType==8&&p.nextSibling;)p=p.nextSibling;o[o.indexOf(p)]=null,t.__e=p}else{for(Ve=o.length;Ve--;)Nt(o[Ve]);Tt(t)}else t.__e=r.__e,t.__k=r.__k,D.then||Tt(t);A.__e(D,t,r)}else o==null&&t.__v==r.__v?(t.__k=r.__k,t.__e=r.__e):p=t.__e=xa(r.__e,t,r,n,s,o,l,u,c);return(m=A.diffed)&&m(t),128&t.__u?void 0:p}function Tt(e){e&&e.__c&&(e.__c.__e=!0),e&&e.__k&&e.__k.forEach(Tt)}function xr(e,t,r){for(var n=0;n<r.length;n++)Ft(r[n],r[++n],r[++n]);A.__c&&A.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(o){o.call(s)})}catch(o){A.__e(o,s.__v)}})}function Dr(e){return typeof e!="object"||e==null||e.__b&&e.__b>0?e:Ge(e)?e.map(Dr):pe({},e)}function xa(e,t,r,n,s,o,l,p,u){var c,m,d,f,$,g,h,b=r.props,_=t.props,E=t.type;if(E=="svg"?s="http://www.w3.org/2000/svg":E=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),o!=null){for(c=0;c<o.length;c++)if(($=o[c])&&"setAttribute"in $==!!E&&(E?$.localName==E:$.nodeType==3)){e=$,o[c]=null;break}}if(e==null){if(E==null)return document.createTextNode(_);e=document.createElementNS(s,E,_.is&&_),p&&(A.__m&&A.__m(t,o),p=!1),o=null}if(E==null)b===_||p&&e.data==_||(e.data=_);else{if(o=o&&at.call(e.childNodes),b=r.props||Be,!p&&o!=null)for(b={},c=0;c<e.attributes.length;c++)b[($=e.attributes[c]).name]=$.value;for(c in b)if($=b[c],c!="children"){if(c=="dangerouslySetInnerHTML")d=$;else if(!(c in _)){if(c=="value"&&"defaultValue"in _||c=="checked"&&"defaultChecked"in _)continue;tt(e,c,null,$,s)}}for(c in _)$=_[c],c=="children"?f=$:c=="dangerouslySetInnerHTML"?m=$:c=="value"?g=$:c=="checked"?h=$:p&&typeof $!="function"||b[c]===$||tt(e,c,$,b[c],s);if(m)p||d&&(m.__html==d.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[];else if(d&&(e.innerHTML=""),Cr(t.type=="template"?e.content:e,Ge(f)?f:[f],t,r,n,E=="foreignObject"?"http://www.w3.org/1999/xhtml":s,o,l,o?o[0]:r.__k&&Se(r,0),p,u),o!=null)for(c=o.length;c--;)Nt(o[c]);p||(c="value",E=="progress"&&g==null?e.removeAttribute("value"):g!=null&&(g!==e[c]||E=="progress"&&!g||E=="option"&&g!=b[c])&&tt(e,c,g,b[c],s),c="checked",h!=null&&h!=e[c]&&tt(e,c,h,b[c],s))}return e}function Ft(e,t,r){try{if(typeof e=="function"){var n=typeof e.__u=="function";n&&e.__u(),n&&t==null||(e.__u=e(t))}else e.current=t}catch(s){A.__e(s,r)}}function Ir(e,t,r){var n,s;if(A.unmount&&A.unmount(e),(n=e.ref)&&(n.current&&n.current!=e.__e||Ft(n,null,t)),(n=e.__c)!=null){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(o){A.__e(o,t)}n.base=n.__P=null}if(n=e.__k)for(s=0;s<n.length;s++)n[s]&&Ir(n[s],t,r||typeof e.type!="function");r||Nt(e.__e),e.__c=e.__=e.__e=void 0}function Da(e,t,r){return this.constructor(e,r)}function Lt(e,t,r){var n,s,o,l;t==document&&(t=document.documentElement),A.__&&A.__(e,t),s=(n=typeof r=="function")?null:r&&r.__k||t.__k,o=[],l=[],Ot(t,e=(!n&&r||t).__k=fe(ve,null,[e]),s||Be,Be,t.namespaceURI,!n&&r?[r]:s?null:t.firstChild?at.call(t.childNodes):null,o,!n&&r?r:s?s.__e:t.firstChild,n,l),xr(o,e,l)}function xe(e){function t(r){var n,s;return this.getChildContext||(n=new Set,(s={})[t.__c]=this,this.getChildContext=function(){return s},this.componentWillUnmount=function(){n=null},this.shouldComponentUpdate=function(o){this.props.value!=o.value&&n.forEach(function(l){l.__e=!0,kt(l)})},this.sub=function(o){n.add(o);var l=o.componentWillUnmount;o.componentWillUnmount=function(){n&&n.delete(o),l&&l.call(o)}}),r.children}return t.__c="__cC"+Er++,t.__=e,t.Provider=t.__l=(t.Consumer=function(r,n){return r.children(n)}).contextType=t,t}at=Rr.slice,A={__e:function(e,t,r,n){for(var s,o,l;t=t.__;)if((s=t.__c)&&!s.__)try{if((o=s.constructor)&&o.getDerivedStateFromError!=null&&(s.setState(o.getDerivedStateFromError(e)),l=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,n||{}),l=s.__d),l)return s.__E=s}catch(p){e=p}throw e}},_r=0,Ra=function(e){return e!=null&&e.constructor==null},se.prototype.setState=function(e,t){var r;r=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=pe({},this.state),typeof e=="function"&&(e=e(pe({},r),this.props)),e&&pe(r,e),e!=null&&this.__v&&(t&&this._sb.push(t),kt(this))},se.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),kt(this))},se.prototype.render=ve,ye=[],yr=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,wr=function(e,t){return e.__v.__b-t.__v.__b},nt.__r=0,br=/(PointerCapture)$|Capture$/i,Pt=0,Dt=gr(!1),It=gr(!0),Er=0;var De,V,Ut,kr,qe=0,Mr=[],B=A,Tr=B.__b,Pr=B.__r,Nr=B.diffed,Or=B.__c,Fr=B.unmount,Lr=B.__;function ot(e,t){B.__h&&B.__h(V,e,qe||t),qe=0;var r=V.__H||(V.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function y(e){return qe=1,Hr(Vr,e)}function Hr(e,t,r){var n=ot(De++,2);if(n.t=e,!n.__c&&(n.__=[r?r(t):Vr(void 0,t),function(p){var u=n.__N?n.__N[0]:n.__[0],c=n.t(u,p);u!==c&&(n.__N=[c,n.__[1]],n.__c.setState({}))}],n.__c=V,!V.__f)){var s=function(p,u,c){if(!n.__c.__H)return!0;var m=n.__c.__H.__.filter(function(f){return!!f.__c});if(m.every(function(f){return!f.__N}))return!o||o.call(this,p,u,c);var d=n.__c.props!==p;return m.forEach(function(f){if(f.__N){var $=f.__[0];f.__=f.__N,f.__N=void 0,$!==f.__[0]&&(d=!0)}}),o&&o.call(this,p,u,c)||d};V.__f=!0;var o=V.shouldComponentUpdate,l=V.componentWillUpdate;V.componentWillUpdate=function(p,u,c){if(this.__e){var m=o;o=void 0,s(p,u,c),o=m}l&&l.call(this,p,u,c)},V.shouldComponentUpdate=s}return n.__N||n.__}function j(e,t){var r=ot(De++,3);!B.__s&&Wr(r.__H,t)&&(r.__=e,r.u=t,V.__H.__h.push(r))}function it(e){return qe=5,ce(function(){return{current:e}},[])}function ce(e,t){var r=ot(De++,7);return Wr(r.__H,t)&&(r.__=e(),r.__H=t,r.__h=e),r.__}function lt(e,t){return qe=8,ce(function(){return e},t)}function ct(e){var t=V.context[e.__c],r=ot(De++,9);return r.c=e,t?(r.__==null&&(r.__=!0,t.sub(V)),t.props.value):e.__}function Ia(){for(var e;e=Mr.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(st),e.__H.__h.forEach(Mt),e.__H.__h=[]}catch(t){e.__H.__h=[],B.__e(t,e.__v)}}B.__b=function(e){V=null,Tr&&Tr(e)},B.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Lr&&Lr(e,t)},B.__r=function(e){Pr&&Pr(e),De=0;var t=(V=e.__c).__H;t&&(Ut===V?(t.__h=[],V.__h=[],t.__.forEach(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})):(t.__h.forEach(st),t.__h.forEach(Mt),t.__h=[],De=0)),Ut=V},B.diffed=function(e){Nr&&Nr(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Mr.push(t)!==1&&kr===B.requestAnimationFrame||((kr=B.requestAnimationFrame)||ka)(Ia)),t.__H.__.forEach(function(r){r.u&&(r.__H=r.u),r.u=void 0})),Ut=V=null},B.__c=function(e,t){t.some(function(r){try{r.__h.forEach(st),r.__h=r.__h.filter(function(n){return!n.__||Mt(n)})}catch(n){t.some(function(s){s.__h&&(s.__h=[])}),t=[],B.__e(n,r.__v)}}),Or&&Or(e,t)},B.unmount=function(e){Fr&&Fr(e);var t,r=e.__c;r&&r.__H&&(r.__H.__.forEach(function(n){try{st(n)}catch(s){t=s}}),r.__H=void 0,t&&B.__e(t,r.__v))};var Ur=typeof requestAnimationFrame=="function";function ka(e){var t,r=function(){clearTimeout(n),Ur&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(r,35);Ur&&(t=requestAnimationFrame(r))}function st(e){var t=V,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),V=t}function Mt(e){var t=V;e.__c=e.__(),V=t}function Wr(e,t){return!e||e.length!==t.length||t.some(function(r,n){return r!==e[n]})}function Vr(e,t){return typeof t=="function"?t(e):t}var ue=class extends Error{constructor(t,r,n=null){super(r),this.kind=t,this.field=n}},Ta=new Set(["ExpiredSignatureError","InvalidTokenError","JSONWebTokenExpired","JSONWebTokenError","DecodeError","InvalidSignatureError"]);function Br(e,t){return async function(n,s={}){let o={"Content-Type":"application/json"},l=t();l&&(o.Authorization=`Bearer ${l}`);let p;try{p=await fetch(e,{method:"POST",headers:o,body:JSON.stringify({query:n,variables:s})})}catch(c){throw new ue("network",String(c.message||c))}let u;try{u=await p.json()}catch{throw new ue("network",`HTTP ${p.status}`)}if(u.errors&&u.errors.length){let c=u.errors[0],m=c.extensions||{},d=m.exception&&m.exception.code||m.code;throw d==="PermissionDenied"?new ue("permission",c.message):Ta.has(d)?new ue("auth",c.message):new ue("query",c.message,m.field||null)}return u.data}}async function ut(e,t,r,n){let o=(await e(t,r))[n];return{payload:o,errors:o&&o.errors||[]}}var P="errors { field code message }";var Pa=new TextEncoder,dt=new TextDecoder,Di=2**32;var Na=e=>{let t=atob(e),r=new Uint8Array(t.length);for(let n=0;n<t.length;n++)r[n]=t.charCodeAt(n);return r},Gr=e=>{let t=e;t instanceof Uint8Array&&(t=dt.decode(t)),t=t.replace(/-/g,"+").replace(/_/g,"/").replace(/\s/g,"");try{return Na(t)}catch{throw new TypeError("The input to be decoded is not correctly encoded.")}};var X=class extends Error{constructor(t,r){super(t,r),this.code="ERR_JOSE_GENERIC",this.name=this.constructor.name,Error.captureStackTrace?.(this,this.constructor)}};X.code="ERR_JOSE_GENERIC";var Ht=class extends X{constructor(t,r,n="unspecified",s="unspecified"){super(t,{cause:{claim:n,reason:s,payload:r}}),this.code="ERR_JWT_CLAIM_VALIDATION_FAILED",this.claim=n,this.reason=s,this.payload=r}};Ht.code="ERR_JWT_CLAIM_VALIDATION_FAILED";var Wt=class extends X{constructor(t,r,n="unspecified",s="unspecified"){super(t,{cause:{claim:n,reason:s,payload:r}}),this.code="ERR_JWT_EXPIRED",this.claim=n,this.reason=s,this.payload=r}};Wt.code="ERR_JWT_EXPIRED";var Vt=class extends X{constructor(){super(...arguments),this.code="ERR_JOSE_ALG_NOT_ALLOWED"}};Vt.code="ERR_JOSE_ALG_NOT_ALLOWED";var Bt=class extends X{constructor(){super(...arguments),this.code="ERR_JOSE_NOT_SUPPORTED"}};Bt.code="ERR_JOSE_NOT_SUPPORTED";var Gt=class extends X{constructor(t="decryption operation failed",r){super(t,r),this.code="ERR_JWE_DECRYPTION_FAILED"}};Gt.code="ERR_JWE_DECRYPTION_FAILED";var Kt=class extends X{constructor(){super(...arguments),this.code="ERR_JWE_INVALID"}};Kt.code="ERR_JWE_INVALID";var qt=class extends X{constructor(){super(...arguments),this.code="ERR_JWS_INVALID"}};qt.code="ERR_JWS_INVALID";var oe=class extends X{constructor(){super(...arguments),this.code="ERR_JWT_INVALID"}};oe.code="ERR_JWT_INVALID";var jt=class extends X{constructor(){super(...arguments),this.code="ERR_JWK_INVALID"}};jt.code="ERR_JWK_INVALID";var zt=class extends X{constructor(){super(...arguments),this.code="ERR_JWKS_INVALID"}};zt.code="ERR_JWKS_INVALID";var Jt=class extends X{constructor(t="no applicable key found in the JSON Web Key Set",r){super(t,r),this.code="ERR_JWKS_NO_MATCHING_KEY"}};Jt.code="ERR_JWKS_NO_MATCHING_KEY";var Qt=class extends X{constructor(t="multiple matching keys found in the JSON Web Key Set",r){super(t,r),this.code="ERR_JWKS_MULTIPLE_MATCHING_KEYS"}};Qt.code="ERR_JWKS_MULTIPLE_MATCHING_KEYS";var Yt=class extends X{constructor(t="request timed out",r){super(t,r),this.code="ERR_JWKS_TIMEOUT"}};Yt.code="ERR_JWKS_TIMEOUT";var Xt=class extends X{constructor(t="signature verification failed",r){super(t,r),this.code="ERR_JWS_SIGNATURE_VERIFICATION_FAILED"}};Xt.code="ERR_JWS_SIGNATURE_VERIFICATION_FAILED";function La(e){return typeof e=="object"&&e!==null}function Zt(e){if(!La(e)||Object.prototype.toString.call(e)!=="[object Object]")return!1;if(Object.getPrototypeOf(e)===null)return!0;let t=e;for(;Object.getPrototypeOf(t)!==null;)t=Object.getPrototypeOf(t);return Object.getPrototypeOf(e)===t}var Kr=Gr;function je(e){if(typeof e!="string")throw new oe("JWTs must use Compact JWS serialization, JWT must be a string");let{1:t,length:r}=e.split(".");if(r===5)throw new oe("Only JWTs using Compact JWS serialization can be decoded");if(r!==3)throw new oe("Invalid JWT");if(!t)throw new oe("JWTs must contain a payload");let n;try{n=Kr(t)}catch{throw new oe("Failed to base64url decode the payload")}let s;try{s=JSON.parse(dt.decode(n))}catch{throw new oe("Failed to parse the decoded payload as JSON")}if(!Zt(s))throw new oe("Invalid JWT Claims Set");return s}var jr=e=>{let t=je(e),{email:r,user_permissions:n}=t;return{email:r,userPermissions:n}};var hn=xt(ft(),1);var gn=xt(ft(),1);function Xa(e,t){for(var r in t)e[r]=t[r];return e}function Xr(e,t){for(var r in e)if(r!=="__source"&&!(r in t))return!0;for(var n in t)if(n!=="__source"&&e[n]!==t[n])return!0;return!1}function Zr(e,t){this.props=e,this.context=t}(Zr.prototype=new se).isPureReactComponent=!0,Zr.prototype.shouldComponentUpdate=function(e,t){return Xr(this.props,e)||Xr(this.state,t)};var en=A.__b;A.__b=function(e){e.type&&e.type.__f&&e.ref&&(e.props.ref=e.ref,e.ref=null),en&&en(e)};var Yi=typeof Symbol<"u"&&Symbol.for&&Symbol.for("react.forward_ref")||3911;var Za=A.__e;A.__e=function(e,t,r,n){if(e.then){for(var s,o=t;o=o.__;)if((s=o.__c)&&s.__c)return t.__e==null&&(t.__e=r.__e,t.__k=r.__k),s.__c(e,t)}Za(e,t,r,n)};var tn=A.unmount;function ln(e,t,r){return e&&(e.__c&&e.__c.__H&&(e.__c.__H.__.forEach(function(n){typeof n.__c=="function"&&n.__c()}),e.__c.__H=null),(e=Xa({},e)).__c!=null&&(e.__c.__P===r&&(e.__c.__P=t),e.__c.__e=!0,e.__c=null),e.__k=e.__k&&e.__k.map(function(n){return ln(n,t,r)})),e}function cn(e,t,r){return e&&r&&(e.__v=null,e.__k=e.__k&&e.__k.map(function(n){return cn(n,t,r)}),e.__c&&e.__c.__P===t&&(e.__e&&r.appendChild(e.__e),e.__c.__e=!0,e.__c.__P=r)),e}function er(){this.__u=0,this.o=null,this.__b=null}function un(e){var t=e.__.__c;return t&&t.__a&&t.__a(e)}function $t(){this.i=null,this.l=null}A.unmount=function(e){var t=e.__c;t&&t.__R&&t.__R(),t&&32&e.__u&&(e.type=null),tn&&tn(e)},(er.prototype=new se).__c=function(e,t){var r=t.__c,n=this;n.o==null&&(n.o=[]),n.o.push(r);var s=un(n.__v),o=!1,l=function(){o||(o=!0,r.__R=null,s?s(p):p())};r.__R=l;var p=function(){if(!--n.__u){if(n.state.__a){var u=n.state.__a;n.__v.__k[0]=cn(u,u.__c.__P,u.__c.__O)}var c;for(n.setState({__a:n.__b=null});c=n.o.pop();)c.forceUpdate()}};n.__u++||32&t.__u||n.setState({__a:n.__b=n.__v.__k[0]}),e.then(l,l)},er.prototype.componentWillUnmount=function(){this.o=[]},er.prototype.render=function(e,t){if(this.__b){if(this.__v.__k){var r=document.createElement("div"),n=this.__v.__k[0].__c;this.__v.__k[0]=ln(this.__b,r,n.__O=n.__P)}this.__b=null}var s=t.__a&&fe(ve,null,e.fallback);return s&&(s.__u&=-33),[fe(ve,null,t.__a?null:e.children),s]};var rn=function(e,t,r){if(++r[1]===r[0]&&e.l.delete(t),e.props.revealOrder&&(e.props.revealOrder[0]!=="t"||!e.l.size))for(r=e.i;r;){for(;r.length>3;)r.pop()();if(r[1]<r[0])break;e.i=r=r[2]}};($t.prototype=new se).__a=function(e){var t=this,r=un(t.__v),n=t.l.get(e);return n[0]++,function(s){var o=function(){t.props.revealOrder?(n.push(s),rn(t,e,n)):s()};r?r(o):o()}},$t.prototype.render=function(e){this.i=null,this.l=new Map;var t=Ke(e.children);e.revealOrder&&e.revealOrder[0]==="b"&&t.reverse();for(var r=t.length;r--;)this.l.set(t[r],this.i=[1,0,this.i]);return e.children},$t.prototype.componentDidUpdate=$t.prototype.componentDidMount=function(){var e=this;this.l.forEach(function(t,r){rn(e,r,t)})};var es=typeof Symbol<"u"&&Symbol.for&&Symbol.for("react.element")||60103,ts=/^(?:accent|alignment|arabic|baseline|cap|clip(?!PathU)|color|dominant|fill|flood|font|glyph(?!R)|horiz|image(!S)|letter|lighting|marker(?!H|W|U)|overline|paint|pointer|shape|stop|strikethrough|stroke|text(?!L)|transform|underline|unicode|units|v|vector|vert|word|writing|x(?!C))[A-Z]/,rs=/^on(Ani|Tra|Tou|BeforeInp|Compo)/,ns=/[A-Z0-9]/g,as=typeof document<"u",ss=function(e){return(typeof Symbol<"u"&&typeof Symbol()=="symbol"?/fil|che|rad/:/fil|che|ra/).test(e)};se.prototype.isReactComponent={},["componentWillMount","componentWillReceiveProps","componentWillUpdate"].forEach(function(e){Object.defineProperty(se.prototype,e,{configurable:!0,get:function(){return this["UNSAFE_"+e]},set:function(t){Object.defineProperty(this,e,{configurable:!0,writable:!0,value:t})}})});var nn=A.event;function os(){}function is(){return this.cancelBubble}function ls(){return this.defaultPrevented}A.event=function(e){return nn&&(e=nn(e)),e.persist=os,e.isPropagationStopped=is,e.isDefaultPrevented=ls,e.nativeEvent=e};var dn,cs={enumerable:!1,configurable:!0,get:function(){return this.class}},an=A.vnode;A.vnode=function(e){typeof e.type=="string"&&(function(t){var r=t.props,n=t.type,s={},o=n.indexOf("-")===-1;for(var l in r){var p=r[l];if(!(l==="value"&&"defaultValue"in r&&p==null||as&&l==="children"&&n==="noscript"||l==="class"||l==="className")){var u=l.toLowerCase();l==="defaultValue"&&"value"in r&&r.value==null?l="value":l==="download"&&p===!0?p="":u==="translate"&&p==="no"?p=!1:u[0]==="o"&&u[1]==="n"?u==="ondoubleclick"?l="ondblclick":u!=="onchange"||n!=="input"&&n!=="textarea"||ss(r.type)?u==="onfocus"?l="onfocusin":u==="onblur"?l="onfocusout":rs.test(l)&&(l=u):u=l="oninput":o&&ts.test(l)?l=l.replace(ns,"-$&").toLowerCase():p===null&&(p=void 0),u==="oninput"&&s[l=u]&&(l="oninputCapture"),s[l]=p}}n=="select"&&s.multiple&&Array.isArray(s.value)&&(s.value=Ke(r.children).forEach(function(c){c.props.selected=s.value.indexOf(c.props.value)!=-1})),n=="select"&&s.defaultValue!=null&&(s.value=Ke(r.children).forEach(function(c){c.props.selected=s.multiple?s.defaultValue.indexOf(c.props.value)!=-1:s.defaultValue==c.props.value})),r.class&&!r.className?(s.class=r.class,Object.defineProperty(s,"className",cs)):(r.className&&!r.class||r.class&&r.className)&&(s.class=s.className=r.className),t.props=s})(e),e.$$typeof=es,an&&an(e)};var sn=A.__r;A.__r=function(e){sn&&sn(e),dn=e.__c};var on=A.diffed;A.diffed=function(e){on&&on(e);var t=e.props,r=e.__e;r!=null&&e.type==="textarea"&&"value"in t&&t.value!==r.value&&(r.value=t.value==null?"":t.value),dn=null};var fn="formPayloadUpdate",$n="formPayload",$e,ze=($e=class{static serialize(t){let r=JSON.stringify(t);if(r.length>$e.maxParamsLength)throw new Error(`OpenPopup params too large: ${r.length} chars (max ${$e.maxParamsLength})`);let n=new TextEncoder().encode(r),s="";return n.forEach(o=>{s+=String.fromCharCode(o)}),btoa(s)}static parse(t){let r=atob(t),n=Uint8Array.from(r,o=>o.charCodeAt(0)),s=new TextDecoder().decode(n);return JSON.parse(s)}},$e.urlKey="appParams",$e.maxParamsLength=2048,$e);function le(e){try{let t=globalThis.crypto.randomUUID();return{...e,payload:{...e.payload,actionId:t}}}catch{throw new Error("Failed to generate action ID, likely as your browser doesn't consider current session as Secure Context. Please ensure you are using https or localhost, or current IP/domain is in 'dom.securecontext.allowlist'/'#unsafely-treat-insecure-origin-as-secure' if you trust it.")}}function us(e){return le({payload:e,type:"redirect"})}function ds(e){return le({type:"notification",payload:e})}function ms(e){return le({type:"updateRouting",payload:e})}function ps(){return le({type:"notifyReady",payload:{}})}function fs(e,t){return le({type:"requestPermissions",payload:{permissions:e,redirectPath:t}})}function $s(){return le({type:"popupClose",payload:{}})}var hs="WidgetResize height must be a positive, finite number.";function vs(e){if(typeof e!="number"||!Number.isFinite(e)||e<=0)throw new Error(hs)}function gs(e){return vs(e.height),le({type:"widgetResize",payload:{height:e.height}})}function _s(){return le({type:"refreshEntity",payload:{}})}var ys="OpenPopup extensionIdentifier must be a non-empty string.";function ws(e){if(typeof e!="string"||e.trim()==="")throw new Error(ys)}function bs(e){return ws(e.extensionIdentifier),le({type:"openPopup",payload:{extensionIdentifier:e.extensionIdentifier,appParams:e.params===void 0||e.params===null?void 0:ze.serialize(e.params)}})}var Es="RedirectToApp appIdentifier must be a non-empty string.";function Rs(e){if(typeof e.appIdentifier!="string"||e.appIdentifier.trim()==="")throw new Error(Es);return le({type:"redirectToApp",payload:e})}function As(e){return le({type:fn,payload:e})}var Pe={Redirect:us,Notification:ds,UpdateRouting:ms,NotifyReady:ps,RequestPermissions:fs,FormPayloadUpdate:As,PopupClose:$s,WidgetResize:gs,RefreshEntity:_s,OpenPopup:bs,RedirectToApp:Rs},Je={APP_ID:"id",THEME:"theme",DOMAIN:"domain",SALEOR_API_URL:"saleorApiUrl",LOCALE:"locale"},ie={handshake:"handshake",response:"response",redirect:"redirect",theme:"theme",localeChanged:"localeChanged",tokenRefresh:"tokenRefresh",formPayload:$n};var Cs=e=>je(e).permissions,Ss=class{constructor(e={}){this.state={id:"",saleorApiUrl:"",ready:!1,path:"/",theme:"light",locale:"en",formContext:{}},this.state.locale=e.initialLocale??this.state.locale,this.state.theme=e.initialTheme??this.state.theme}getState(){return this.state}setState(e){return this.state={...this.state,...e},this.state}},vn=typeof window>"u",xs=1e4,G=hn.default.debug("app-sdk:AppBridge");function Ds(e,t){switch(t.type){case ie.handshake:{let r=jr(t.payload.token),n=Cs(t.payload.token);return{...e,ready:!0,token:t.payload.token,saleorVersion:t.payload.saleorVersion,dashboardVersion:t.payload.dashboardVersion,user:{email:r.email,permissions:r.userPermissions},appPermissions:n}}case ie.redirect:return{...e,path:t.payload.path};case ie.theme:return{...e,theme:t.payload.theme};case ie.localeChanged:return{...e,locale:t.payload.locale};case ie.tokenRefresh:return{...e,token:t.payload.token};case ie.formPayload:return{...e,formContext:{...e.formContext,[t.payload.form]:t.payload}};case ie.response:return e;default:return console.warn(`Invalid event received: ${t?.type}`),e}}var pn=()=>({handshake:{},response:{},redirect:{},theme:{},localeChanged:{},tokenRefresh:{},formPayload:{}}),Is=()=>new URL(window.location.href).searchParams.get(Je.LOCALE)||void 0,ks=()=>new URL(window.location.href).searchParams.get(Je.SALEOR_API_URL)||"",Ts=()=>{let e=new URL(window.location.href).searchParams.get(Je.THEME);switch(e){case"dark":case"light":return e;default:return}},Ps=()=>{let e=new URL(window.location.href).searchParams.get(ze.urlKey);if(e)try{return ze.parse(e)}catch(t){console.warn(`Failed to parse "${ze.urlKey}" param from iframe url`,t);return}},Ns=()=>({saleorApiUrl:ks(),initialLocale:Is()??"en",autoNotifyReady:!0,initialTheme:Ts()??void 0}),ht=class{constructor(e={}){if(this.refererOrigin=document.referrer?new URL(document.referrer).origin:void 0,this.subscribeMap=pn(),this.combinedOptions=Ns(),G("Constructor called with options: %j",e),vn)throw new Error("AppBridge detected you're running this app in SSR mode. Make sure to call `new AppBridge()` when window object exists.");this.combinedOptions={...this.combinedOptions,...e},this.state=new Ss({initialLocale:this.combinedOptions.initialLocale}),G("Resolved combined AppBridge options: %j",this.combinedOptions),this.refererOrigin||console.warn("document.referrer is empty"),this.combinedOptions.saleorApiUrl||G("?saleorApiUrl was not found in iframe url"),this.combinedOptions.saleorApiUrl||console.error("saleorApiUrl param was not found in iframe url"),this.setInitialState(),this.listenOnMessages(),this.combinedOptions.autoNotifyReady&&this.sendNotifyReadyAction()}subscribe(e,t){G("subscribe() called with event %s and callback %s",e,t.name);let r=Symbol("Callback token");return this.subscribeMap[e][r]=t,()=>{G("unsubscribe called with event %s and callback %s",e,t.name),delete this.subscribeMap[e][r]}}unsubscribeAll(e){e?(G("unsubscribeAll called with event: %s",e),this.subscribeMap[e]={}):(G("unsubscribeAll called without argument"),this.subscribeMap=pn())}async dispatch(e){return G("dispatch called with action argument: %j",e),new Promise((t,r)=>{if(!window.parent){G("window.parent doesn't exist, will throw"),r(new Error("Parent window does not exist."));return}G("Calling window.parent.postMessage with %j",e),window.parent.postMessage({type:e.type,payload:e.payload},"*");let n,s=this.subscribe(ie.response,({actionId:o,ok:l})=>{G("Subscribing to %s with action id: %s and status 'ok' is: %s",ie.response,o,l),e.payload.actionId===o&&(G("Received matching action id: %s. Will unsubscribe",o),s(),clearTimeout(n),l?t():r(new Error("Action responded with negative status. This indicates the action method was not used properly.")))});n=window.setTimeout(()=>{s(),r(new Error("Action response timed out."))},xs)})}getState(){return G("getState() called and will return %j",this.state.getState()),this.state.getState()}sendNotifyReadyAction(){this.dispatch(Pe.NotifyReady()).catch(e=>{console.error("notifyReady action failed"),console.error(e)})}setInitialState(){G("setInitialState() called");let t=new URL(window.location.href).searchParams.get(Je.APP_ID)||"",r=window.location.pathname||"",n={id:t,path:r,theme:this.combinedOptions.initialTheme,saleorApiUrl:this.combinedOptions.saleorApiUrl,locale:this.combinedOptions.initialLocale,appParams:Ps()};G("setInitialState() will setState with %j",n),this.state.setState(n)}listenOnMessages(){G("listenOnMessages() called"),window.addEventListener("message",({origin:e,data:t})=>{if(G("Received message from origin: %s and data: %j",e,t),e!==this.refererOrigin){G("Origin from message doesn't match refererOrigin. Function will return now");return}let r=Ds(this.state.getState(),t);G("Computed new state: %j. Will be set with setState",r),this.state.setState(r);let{type:n,payload:s}=t;ie[n]&&Object.getOwnPropertySymbols(this.subscribeMap[n]).forEach(o=>{G("Executing listener for event: '%s' and payload %j",n,s),this.subscribeMap[n][o](s)})})}},rl=gn.default.debug("app-sdk:AppBridgeProvider"),Os=xe({appBridge:void 0,mounted:!1});var _n=xt(ft(),1);var El=_n.default.debug("app-sdk:AppBridge:useDashboardToken");var tr="saleor-referrals-console-token";function rr(){let e=new URLSearchParams(location.search);return window.parent!==window||e.has("id")&&(e.has("saleorApiUrl")||e.has("domain"))}var be=null;function nr(){return!be&&rr()&&(be=new ht({autoNotifyReady:!0}),Fs(be)),be}var ar="dashboardOrigin";function Fs(e){let t=new URLSearchParams(location.search).get(ar);t&&e.refererOrigin===location.origin&&(e.refererOrigin=t)}function yn(){return be&&be.refererOrigin!==location.origin?be.refererOrigin:null}function wn(e){let t=nr()||new ht({autoNotifyReady:!0}),r=()=>e(t.getState());return t.subscribe("handshake",r),t.subscribe("theme",r),t.subscribe("localeChanged",r),t.subscribe("tokenRefresh",r),r(),t}var bn=()=>sessionStorage.getItem(tr),sr=e=>e?sessionStorage.setItem(tr,e):sessionStorage.removeItem(tr),En=`mutation SignIn($email: String!, $password: String!) {
  tokenCreate(email: $email, password: $password) { token errors { field code message } }
}`;function Rn(e,t){!e||!(t>0)||e.dispatch(Pe.WidgetResize({height:Math.ceil(t)})).catch(()=>{})}var An={en:{"channel.optionActive":"{name} (on)","channel.titleActive":"Referrals are active in {name}","channel.titleInactive":"Referrals are not active in {name}","channel.optionInactive":"{name} (off)","notActive.title":"Referrals are not active in {name}","notActive.text":"Codes give no discount and nothing is counted in this channel. To switch the program on, open the Referrals plugin's page, choose {name} in its channel list, tick Active and Save.","notActive.link":"Enable them here","error.title":"The console could not open this page (error {status})","error.notFound":"The shop answered “not found”: the page does not exist, or the plugin is not active for this channel.","error.server":"The shop failed to answer (a server error); the details are in its log. Try again in a moment.","error.network":"The shop could not be reached.","error.back":"Back","settings.link":"Referrals settings","time.zone":"times in {zone}","time.utc":"UTC: {time}"},fa:{"channel.optionActive":"{name} (روشن)","channel.titleActive":"معرفی‌ها در {name} فعال‌اند","channel.titleInactive":"معرفی‌ها در {name} فعال نیستند","channel.optionInactive":"{name} (خاموش)","notActive.title":"معرفی‌ها در {name} فعال نیستند","notActive.text":"در این کانال کدها تخفیفی نمی‌دهند و چیزی شمرده نمی‌شود. برای روشن کردن برنامه، صفحهٔ افزونهٔ Referrals را باز کنید، {name} را در فهرست کانال‌ها برگزینید، Active را بزنید و ذخیره کنید.","notActive.link":"اینجا فعالشان کنید","error.title":"کنسول نتوانست این صفحه را باز کند (خطای {status})","error.notFound":"فروشگاه پاسخ داد «پیدا نشد»: صفحه وجود ندارد یا افزونه برای این کانال فعال نیست.","error.server":"فروشگاه نتوانست پاسخ دهد (خطای سرور)؛ جزئیات در لاگ آن است. کمی بعد دوباره امتحان کنید.","error.network":"دسترسی به فروشگاه ممکن نشد.","error.back":"بازگشت","settings.link":"تنظیمات معرفی‌ها","time.zone":"زمان‌ها به وقت {zone}","time.utc":"UTC: {time}"},ar:{"channel.optionActive":"{name} (مفعّلة)","channel.titleActive":"الإحالات مفعّلة في {name}","channel.titleInactive":"الإحالات غير مفعّلة في {name}","channel.optionInactive":"{name} (متوقفة)","notActive.title":"الإحالات غير مفعّلة في {name}","notActive.text":"لا تمنح الرموز أي خصم ولا يُحتسب شيء في هذه القناة. لتشغيل البرنامج افتح صفحة إضافة Referrals واختر {name} من قائمة القنوات وفعّل Active ثم احفظ.","notActive.link":"فعّلها من هنا","error.title":"تعذّر على لوحة التحكم فتح هذه الصفحة (خطأ {status})","error.notFound":"أجاب المتجر «غير موجود»: الصفحة غير موجودة أو الإضافة غير مفعّلة لهذه القناة.","error.server":"تعذّر على المتجر الرد (خطأ في الخادم)؛ التفاصيل في سجله. حاول مجددًا بعد قليل.","error.network":"تعذّر الوصول إلى المتجر.","error.back":"رجوع","settings.link":"إعدادات الإحالات","time.zone":"الأوقات بتوقيت {zone}","time.utc":"UTC: {time}"}};var Qe={"status.RUNNING":"Running","status.SUCCESS":"Ready","nav.exports":"Exports","exports.new":"New export","exports.intro":"A CSV file of the channel's data, written in the background; download it here when it is ready.","exports.kind":"What","exports.campaign":"Campaign","exports.request":"Export","exports.requested":"Export requested.","exports.files":"Exports","exports.none":"No exports yet.","exports.progress":"Progress","exports.by":"Requested by","exports.download":"Download CSV","exports.rows":"{count} rows","exports.counting":"Counting rows…","export.REFERRALS":"Referrals","export.REWARDS":"Rewards","export.DONATIONS":"Donations","export.FUNNEL":"Daily funnel","overview.period":"Period","period.30":"Last 30 days","period.90":"Last 90 days","period.365":"Last 365 days","period.all":"All time","overview.new":"new","overview.vsPrevious":"against the previous period of the same length","overview.windowRevenue":"Revenue with repeat orders ({days} days)","overview.fullCost":"Full cost","list.sep":" · ","overview.rates":"Visit to order: {visitToOrder} · order to converted: {orderToConverted} · reversed: {reversed}","overview.costs":"Where the cost goes","overview.committed":"Still held (committed, not yet paid): {amount}","overview.comparison":"This period against the previous one","overview.thisPeriod":"This period","overview.previousPeriod":"Previous period","funnel.shares":"Shares","funnel.signups":"Sign-ups","funnel.orders":"Orders","cost.advocateRewards":"Advocate rewards","cost.friendDiscounts":"Friend discounts","cost.signupRewards":"Sign-up rewards","cost.tierEntryRewards":"Tier entry rewards","cost.milestoneBonuses":"Milestone bonuses","cost.contestPrizes":"Contest prizes","cost.donations":"Donations","cost.eventCosts":"Events","cost.memberDiscounts":"Member discounts","cost.otherRewards":"Other rewards","app.title":"Referrals","nav.label":"Console pages","nav.overview":"Overview","nav.review":"Review queue","nav.referrals":"Referrals","nav.rewards":"Rewards","nav.tiers":"Tiers & milestones","nav.campaigns":"Campaigns","nav.contests":"Contests","nav.causes":"Causes","nav.events":"Events",language:"Language","language.en":"English","language.fa":"فارسی","language.ar":"العربية",loading:"Loading…",nothing:"Nothing here yet.",all:"All",total:"{count} in all",page:"Page {page}",pages:"Pages",previous:"Previous",next:"Next",save:"Save",saved:"Saved.",cancel:"Cancel",edit:"Edit",delete:"Delete",deleted:"Deleted.",confirmDelete:"Delete it?",active:"Active",inactive:"inactive",anonymous:"Anonymous",signOut:"Sign out","signIn.title":"Sign in to Referrals","signIn.intro":"Use your Saleor staff account.","signIn.email":"E-mail","signIn.password":"Password","signIn.submit":"Sign in","noPermission.title":"No permission","noPermission.text":"Your account cannot manage the referral program. Ask an administrator for the Manage discounts permission.","dashboard.waiting":"Waiting for the Dashboard…","channel.title":"Which channel?","channel.label":"Channel","channel.slug":"Channel slug","channel.open":"Open","overview.revenue":"Referred revenue","overview.cost":"Reward cost","overview.roi":"Return on rewards","overview.flagged":"Waiting for review","overview.funnel":"Funnel","overview.statuses":"Referrals by status","overview.overTime":"Referred revenue vs reward cost, by month","overview.perCampaign":"Per campaign: revenue vs cost","overview.perTier":"Advocates in each tier","overview.networks":"Visits by share network","overview.leaderboard":"Top advocates","overview.noProgram":"No referral program in this channel yet.","overview.noCampaigns":"No campaigns yet.","overview.noTiers":"No tiers yet.","overview.inactive":"The program is not active in this channel: turn it on in the plugin's settings.","overview.programLine":"Friends get {offer}; advocates get {reward} per friend who converts, after {days} days.","overview.campaignLive":"campaign live: {name}","funnel.visits":"Visits","funnel.referrals":"Referrals","funnel.qualified":"Qualified","funnel.converted":"Converted","funnel.rewarded":"Rewarded","col.created":"Date","col.status":"Status","col.advocate":"Advocate","col.friend":"Friend","col.order":"Order","col.total":"Total","col.reason":"Reason","col.recipient":"Recipient","col.kind":"Kind","col.amount":"Amount","col.release":"Release","col.taken":"Taken back","col.tier":"Tier","filter.from":"From","filter.to":"To","filter.apply":"Filter","referral.history":"History","referral.rewards":"Rewards","review.intro":"Referrals a fraud check held for a person to decide. Approving releases the reward after the hold; rejecting keeps it from being paid.","review.reason":"Reason","review.approve":"Approve","review.reject":"Reject","review.empty":"No referral waits for review.","review.approved":"Approved: {who}.","review.rejected":"Rejected: {who}.","referrals.attributeTitle":"Attribute an order by hand","referrals.attributeIntro":'For a friend who named an advocate ("how did you hear about us") or a code that was missed.',"referrals.advocateEmail":"Advocate's e-mail","referrals.orderId":"Order ID","referrals.source":"Source","referrals.attribute":"Attribute","rewards.reason":"Why take it back","rewards.revoke":"Revoke","rewards.shortfall":"shortfall","tiers.ladder":"Ladder","tiers.new":"New tier","tiers.create":"Create tier","tiers.created":"Tier created.","tiers.none":"No tiers yet.","tiers.name":"Name","tiers.nameFa":"Name in Persian","tiers.nameAr":"Name in Arabic","tiers.rank":"Rank","tiers.minReferrals":"Converted referrals needed","tiers.minRevenue":"Referred revenue needed","tiers.window":"Counted over","tiers.windowDays":"Days (rolling window)","tiers.rewardMultiplier":"Reward multiplier","tiers.rewardFixed":"Fixed reward","tiers.entryReward":"Entry reward","tiers.memberDiscount":"Member discount (%)","tiers.earlyAccess":"Early access collections","tiers.earlyAccessHint":"Saleor collection IDs, separated by commas","tiers.earlyAccessUntil":"Early access until","tiers.reason":"Reason for the change","tiers.reasonHint":"Needed when the entry rule changes","tiers.payEntryRewards":"Pay entry rewards to advocates placed now","tiers.rule":"Entry rule","tiers.ruleText":"{count} converted · {window}","tiers.perks":"Perks","tiers.deleteReason":"Why delete it (members move down)","tiers.deleted":"Tier deleted; {count} members moved.","tiers.placement":"Placing advocates: {done} of {total}","tiers.placementDone":"Done.","tiers.history":"An advocate's tier history","tiers.historyShow":"Show","tiers.now":"Tier now","tiers.demoteAfter":"moves down after","tiers.fromTo":"From → to","tiers.converted":"Converted","milestones.title":"Milestones and badges","milestones.new":"New milestone","milestones.create":"Create milestone","milestones.created":"Milestone created.","milestones.slug":"Badge slug","milestones.referrals":"Converted referrals","milestones.bonus":"Bonus","milestones.payBonuses":"Pay bonuses to advocates already past it","campaigns.new":"New campaign","campaigns.create":"Create campaign","campaigns.created":"Campaign created.","campaigns.none":"No campaigns yet.","campaigns.name":"Name","campaigns.startsAt":"Starts","campaigns.endsAt":"Ends","campaigns.imageUrl":"Image URL","campaigns.copy":"Landing page copy","campaigns.title":"Title","campaigns.description":"Description","campaigns.friendOffer":"Friend's offer","campaigns.programOffer":"The program's offer","campaigns.value":"Value","campaigns.minSpent":"Minimum cart","campaigns.advocateReward":"Advocate's reward","campaigns.amount":"Amount","campaigns.multiplier":"Multiplier","campaigns.window":"Window","campaigns.results":"Results","campaigns.resultsText":"{referrals} referrals, {converted} converted","campaigns.switches":"Offer switches","contests.new":"New contest","contests.create":"Create contest","contests.created":"Contest created.","contests.none":"No contests yet.","contests.name":"Name","contests.minReferrals":"Converted referrals to enter","contests.prizes":"Prizes","contests.addPrize":"Add a prize","contests.description":"Description","contests.details":"Standings and prizes","contests.standings":"Standings","contests.threshold":"{count} to enter","contests.entrants":"{count} entrants","contests.seed":"Draw seed","contests.seedHint":"Empty: a random seed, recorded","contests.decide":"Decide now","contests.decided":"Contest decided.","contests.decidedBy":"Decided by {who}, seed {seed}.","contests.method":"Method","contests.winner":"Winner","contests.fulfilled":"Fulfilled","contests.note":"Note (tracking number…)","contests.fulfil":"Mark fulfilled","contests.fulfilledNotice":"Prize marked fulfilled.","causes.new":"New cause","causes.create":"Create cause","causes.created":"Cause created.","causes.none":"No causes yet.","causes.name":"Name","causes.description":"Description","causes.url":"Web site","causes.goal":"Goal","causes.perReferral":"Donation per converted referral","causes.raised":"Raised","causes.pending":"To pay out","causes.paidOut":"Paid out","causes.shortfall":"Shortfall","causes.donations":"Donations","causes.progress":"Progress","causes.recordPayout":"Record payout","causes.reference":"Payment reference","causes.payoutIntro":"Records that {amount} (every donation released so far) was paid to the cause.","causes.paid":"Payout of {amount} recorded.","events.new":"New event","events.create":"Create event","events.created":"Event created.","events.none":"No events yet.","events.name":"Name","events.startsAt":"Starts","events.capacity":"Capacity","events.minTier":"Minimum tier","events.everyone":"Every advocate","events.passes":"Guest passes per member","events.cost":"Cost","events.invite":"E-mail invitations to members","events.seats":"Seats left","events.invited":"Members invited","events.redeemed":"Passes redeemed","customer.title":"Customer's referrals","customer.missing":"Open this page from a customer in the Dashboard.","customer.none":"No referral program or no such customer.","customer.code":"Code","customer.friends":"Friends","customer.earned":"Earned","customer.statsText":"{visits} visits · {orders} orders · {pending} pending · {rewarded} rewarded","customer.nextTier":"{count} more to {tier}","customer.atRisk":"tier at risk until","customer.memberCode":"member code","customer.referrals":"Referrals ({count})","customer.rewards":"Rewards ({count})","order.title":"Order's referral","order.missing":"Open this page from an order in the Dashboard.","order.none":"This order has no referral.","status.PENDING":"Pending","status.QUALIFIED":"Qualified","status.APPROVED":"Approved","status.REWARDED":"Rewarded","status.FLAGGED":"Flagged","status.REJECTED":"Rejected","status.REVERSED":"Reversed","status.HELD":"Held","status.ISSUED":"Issued","status.CANCELLED":"Cancelled","status.REVOKED":"Revoked","status.FAILED":"Failed","status.SCHEDULED":"Scheduled","status.LIVE":"Live","status.ENDED":"Ended","status.OPEN":"Open","status.DECIDED":"Decided","side.ADVOCATE":"Advocate","side.FRIEND":"Friend","kind.VOUCHER":"Voucher","kind.STORE_CREDIT":"Store credit","kind.DONATION":"Donation","kind.PERK":"Perk","kind.PHYSICAL":"Physical prize","source.CODE":"Code","source.LINK":"Link","source.SIGNUP":"Sign-up","source.MANUAL":"By hand","source.SURVEY":"Survey","source.EVENT":"Event pass","network.EMAIL":"E-mail","network.WHATSAPP":"WhatsApp","network.TELEGRAM":"Telegram","network.X":"X","network.FACEBOOK":"Facebook","network.LINKEDIN":"LinkedIn","network.SMS":"SMS","network.COPY_LINK":"Copied link","network.OTHER":"Other","window.LIFETIME":"lifetime","window.ROLLING":"rolling window","window.CALENDAR_YEAR":"calendar year","tierChange.PROMOTED":"Promoted","tierChange.AT_RISK":"At risk","tierChange.RECOVERED":"Recovered","tierChange.DEMOTED":"Demoted","switch.START":"Started","switch.END":"Ended","switch.SKIPPED":"Skipped","method.RANK":"By rank","method.DRAW":"Draw","discount.PERCENTAGE":"Percentage","discount.FIXED":"Fixed amount","discount.FREE_SHIPPING":"Free shipping"},or={"status.RUNNING":"در حال اجرا","status.SUCCESS":"آماده","nav.exports":"خروجی‌ها","exports.new":"خروجی تازه","exports.intro":"یک فایل CSV از داده‌های کانال که در پس‌زمینه نوشته می‌شود؛ وقتی آماده شد از همین‌جا بارگیری کنید.","exports.kind":"چه چیزی","exports.campaign":"کمپین","exports.request":"خروجی بگیر","exports.requested":"خروجی درخواست شد.","exports.files":"خروجی‌ها","exports.none":"هنوز خروجی‌ای نیست.","exports.progress":"پیشرفت","exports.by":"درخواست‌کننده","exports.download":"بارگیری CSV","exports.rows":"{count} ردیف","exports.counting":"در حال شمارش ردیف‌ها…","export.REFERRALS":"معرفی‌ها","export.REWARDS":"پاداش‌ها","export.DONATIONS":"کمک‌ها","export.FUNNEL":"قیف روزانه","overview.period":"بازه","period.30":"۳۰ روز گذشته","period.90":"۹۰ روز گذشته","period.365":"۳۶۵ روز گذشته","period.all":"همهٔ زمان‌ها","overview.new":"تازه","overview.vsPrevious":"در برابر بازهٔ هم‌اندازهٔ قبلی","overview.windowRevenue":"درآمد با خریدهای تکراری ({days} روز)","overview.fullCost":"هزینهٔ کامل","list.sep":"، ","overview.rates":"بازدید به سفارش: {visitToOrder}، سفارش به موفق: {orderToConverted}، برگشتی: {reversed}","overview.costs":"هزینه کجا می‌رود","overview.committed":"هنوز نگه‌داشته (تعهدشده، پرداخت‌نشده): {amount}","overview.comparison":"این بازه در برابر بازهٔ قبلی","overview.thisPeriod":"این بازه","overview.previousPeriod":"بازهٔ قبلی","funnel.shares":"اشتراک‌گذاری‌ها","funnel.signups":"ثبت‌نام‌ها","funnel.orders":"سفارش‌ها","cost.advocateRewards":"پاداش معرف‌ها","cost.friendDiscounts":"تخفیف دوستان","cost.signupRewards":"پاداش ثبت‌نام","cost.tierEntryRewards":"پاداش ورود به سطح","cost.milestoneBonuses":"جایزهٔ نقطه‌های عطف","cost.contestPrizes":"جایزهٔ مسابقه‌ها","cost.donations":"کمک‌های خیریه","cost.eventCosts":"رویدادها","cost.memberDiscounts":"تخفیف اعضا","cost.otherRewards":"پاداش‌های دیگر","app.title":"معرفی‌ها","nav.label":"صفحه‌های کنسول","nav.overview":"نمای کلی","nav.review":"صف بررسی","nav.referrals":"معرفی‌ها","nav.rewards":"پاداش‌ها","nav.tiers":"سطح‌ها و نقطه‌های عطف","nav.campaigns":"کمپین‌ها","nav.contests":"مسابقه‌ها","nav.causes":"امور خیریه","nav.events":"رویدادها",language:"زبان",loading:"در حال بارگذاری…",nothing:"هنوز چیزی نیست.",all:"همه",total:"{count} مورد در کل",page:"صفحهٔ {page}",pages:"صفحه‌ها",previous:"قبلی",next:"بعدی",save:"ذخیره",saved:"ذخیره شد.",cancel:"انصراف",edit:"ویرایش",delete:"حذف",deleted:"حذف شد.",confirmDelete:"حذف شود؟",active:"فعال",inactive:"غیرفعال",anonymous:"ناشناس",signOut:"خروج","signIn.title":"ورود به معرفی‌ها","signIn.intro":"با حساب کارمندی Saleor وارد شوید.","signIn.email":"ایمیل","signIn.password":"گذرواژه","signIn.submit":"ورود","noPermission.title":"بدون دسترسی","noPermission.text":"حساب شما اجازهٔ مدیریت برنامهٔ معرفی را ندارد. از مدیر سیستم دسترسی «مدیریت تخفیف‌ها» را بخواهید.","dashboard.waiting":"در انتظار داشبورد…","channel.title":"کدام کانال؟","channel.label":"کانال","channel.slug":"شناسهٔ کانال","channel.open":"باز کن","overview.revenue":"درآمد از معرفی","overview.cost":"هزینهٔ پاداش","overview.roi":"بازده پاداش‌ها","overview.flagged":"در انتظار بررسی","overview.funnel":"قیف","overview.statuses":"معرفی‌ها بر اساس وضعیت","overview.overTime":"درآمد از معرفی در برابر هزینهٔ پاداش، ماه به ماه","overview.perCampaign":"هر کمپین: درآمد در برابر هزینه","overview.perTier":"معرف‌ها در هر سطح","overview.networks":"بازدیدها بر اساس شبکهٔ اشتراک","overview.leaderboard":"معرف‌های برتر","overview.noProgram":"هنوز برنامهٔ معرفی در این کانال نیست.","overview.noCampaigns":"هنوز کمپینی نیست.","overview.noTiers":"هنوز سطحی نیست.","overview.inactive":"برنامه در این کانال فعال نیست: آن را در تنظیمات افزونه روشن کنید.","overview.programLine":"دوستان {offer} می‌گیرند؛ معرف‌ها برای هر دوست موفق {reward}، پس از {days} روز.","overview.campaignLive":"کمپین در جریان: {name}","funnel.visits":"بازدیدها","funnel.referrals":"معرفی‌ها","funnel.qualified":"واجد شرایط","funnel.converted":"موفق","funnel.rewarded":"پاداش‌گرفته","col.created":"تاریخ","col.status":"وضعیت","col.advocate":"معرف","col.friend":"دوست","col.order":"سفارش","col.total":"مبلغ","col.reason":"دلیل","col.recipient":"گیرنده","col.kind":"نوع","col.amount":"مبلغ","col.release":"آزادسازی","col.taken":"پس گرفته","col.tier":"سطح","filter.from":"از","filter.to":"تا","filter.apply":"فیلتر","referral.history":"تاریخچه","referral.rewards":"پاداش‌ها","review.intro":"معرفی‌هایی که بررسی تقلب نگه داشته تا یک نفر تصمیم بگیرد. تأیید، پاداش را پس از دورهٔ انتظار آزاد می‌کند؛ رد، جلوی پرداخت را می‌گیرد.","review.reason":"دلیل","review.approve":"تأیید","review.reject":"رد","review.empty":"هیچ معرفی‌ای در انتظار بررسی نیست.","review.approved":"تأیید شد: {who}.","review.rejected":"رد شد: {who}.","referrals.attributeTitle":"نسبت دادن دستی یک سفارش","referrals.attributeIntro":"برای دوستی که معرفش را نام برده («از کجا با ما آشنا شدید») یا کدی که جا افتاده است.","referrals.advocateEmail":"ایمیل معرف","referrals.orderId":"شناسهٔ سفارش","referrals.source":"منبع","referrals.attribute":"نسبت بده","rewards.reason":"دلیل پس گرفتن","rewards.revoke":"پس گرفتن","rewards.shortfall":"کسری","tiers.ladder":"نردبان","tiers.new":"سطح تازه","tiers.create":"ساخت سطح","tiers.created":"سطح ساخته شد.","tiers.none":"هنوز سطحی نیست.","tiers.name":"نام","tiers.nameFa":"نام به فارسی","tiers.nameAr":"نام به عربی","tiers.rank":"رتبه","tiers.minReferrals":"معرفی موفق لازم","tiers.minRevenue":"درآمد لازم از معرفی","tiers.window":"بازهٔ شمارش","tiers.windowDays":"روزها (بازهٔ غلتان)","tiers.rewardMultiplier":"ضریب پاداش","tiers.rewardFixed":"پاداش ثابت","tiers.entryReward":"پاداش ورود","tiers.memberDiscount":"تخفیف اعضا (٪)","tiers.earlyAccess":"مجموعه‌های دسترسی زودهنگام","tiers.earlyAccessHint":"شناسه‌های مجموعهٔ Saleor، جدا شده با ویرگول","tiers.earlyAccessUntil":"دسترسی زودهنگام تا","tiers.reason":"دلیل تغییر","tiers.reasonHint":"وقتی قاعدهٔ ورود تغییر می‌کند لازم است","tiers.payEntryRewards":"پاداش ورود به معرف‌هایی که اکنون جای می‌گیرند پرداخت شود","tiers.rule":"قاعدهٔ ورود","tiers.ruleText":"{count} موفق، {window}","tiers.perks":"مزایا","tiers.deleteReason":"دلیل حذف (اعضا یک سطح پایین می‌روند)","tiers.deleted":"سطح حذف شد؛ {count} عضو جابه‌جا شدند.","tiers.placement":"جای‌دهی معرف‌ها: {done} از {total}","tiers.placementDone":"تمام شد.","tiers.history":"تاریخچهٔ سطح یک معرف","tiers.historyShow":"نمایش","tiers.now":"سطح کنونی","tiers.demoteAfter":"پایین می‌رود پس از","tiers.fromTo":"از ← به","tiers.converted":"موفق","milestones.title":"نقطه‌های عطف و نشان‌ها","milestones.new":"نقطهٔ عطف تازه","milestones.create":"ساخت نقطهٔ عطف","milestones.created":"نقطهٔ عطف ساخته شد.","milestones.slug":"شناسهٔ نشان","milestones.referrals":"معرفی‌های موفق","milestones.bonus":"جایزه","milestones.payBonuses":"جایزه به معرف‌هایی که از آن گذشته‌اند پرداخت شود","campaigns.new":"کمپین تازه","campaigns.create":"ساخت کمپین","campaigns.created":"کمپین ساخته شد.","campaigns.none":"هنوز کمپینی نیست.","campaigns.name":"نام","campaigns.startsAt":"شروع","campaigns.endsAt":"پایان","campaigns.imageUrl":"نشانی تصویر","campaigns.copy":"متن صفحهٔ فرود","campaigns.title":"عنوان","campaigns.description":"توضیح","campaigns.friendOffer":"پیشنهاد دوست","campaigns.programOffer":"پیشنهاد برنامه","campaigns.value":"مقدار","campaigns.minSpent":"حداقل سبد","campaigns.advocateReward":"پاداش معرف","campaigns.amount":"مبلغ","campaigns.multiplier":"ضریب","campaigns.window":"بازه","campaigns.results":"نتیجه‌ها","campaigns.resultsText":"{referrals} معرفی، {converted} موفق","campaigns.switches":"تغییرهای پیشنهاد","contests.new":"مسابقهٔ تازه","contests.create":"ساخت مسابقه","contests.created":"مسابقه ساخته شد.","contests.none":"هنوز مسابقه‌ای نیست.","contests.name":"نام","contests.minReferrals":"معرفی موفق لازم برای شرکت","contests.prizes":"جایزه‌ها","contests.addPrize":"افزودن جایزه","contests.description":"توضیح","contests.details":"رده‌بندی و جایزه‌ها","contests.standings":"رده‌بندی","contests.threshold":"{count} برای شرکت","contests.entrants":"{count} شرکت‌کننده","contests.seed":"بذر قرعه","contests.seedHint":"خالی: بذر تصادفی، ثبت می‌شود","contests.decide":"همین حالا تعیین کن","contests.decided":"برندگان تعیین شدند.","contests.decidedBy":"تعیین‌شده توسط {who}، بذر {seed}.","contests.method":"روش","contests.winner":"برنده","contests.fulfilled":"تحویل‌شده","contests.note":"یادداشت (کد رهگیری…)","contests.fulfil":"تحویل شد","contests.fulfilledNotice":"جایزه تحویل‌شده ثبت شد.","causes.new":"امر خیر تازه","causes.create":"ساخت امر خیر","causes.created":"امر خیر ساخته شد.","causes.none":"هنوز امر خیری نیست.","causes.name":"نام","causes.description":"توضیح","causes.url":"وب‌سایت","causes.goal":"هدف","causes.perReferral":"کمک برای هر معرفی موفق","causes.raised":"جمع‌شده","causes.pending":"برای پرداخت","causes.paidOut":"پرداخت‌شده","causes.shortfall":"کسری","causes.donations":"کمک‌ها","causes.progress":"پیشرفت","causes.recordPayout":"ثبت پرداخت","causes.reference":"شمارهٔ پرداخت","causes.payoutIntro":"ثبت می‌کند که {amount} (همهٔ کمک‌های آزادشده تا کنون) به این امر خیر پرداخت شد.","causes.paid":"پرداخت {amount} ثبت شد.","events.new":"رویداد تازه","events.create":"ساخت رویداد","events.created":"رویداد ساخته شد.","events.none":"هنوز رویدادی نیست.","events.name":"نام","events.startsAt":"شروع","events.capacity":"ظرفیت","events.minTier":"حداقل سطح","events.everyone":"همهٔ معرف‌ها","events.passes":"کارت مهمان برای هر عضو","events.cost":"هزینه","events.invite":"دعوت‌نامه با ایمیل به اعضا","events.seats":"جای خالی","events.invited":"اعضای دعوت‌شده","events.redeemed":"کارت‌های استفاده‌شده","customer.title":"معرفی‌های مشتری","customer.missing":"این صفحه را از صفحهٔ یک مشتری در داشبورد باز کنید.","customer.none":"برنامهٔ معرفی یا چنین مشتری‌ای نیست.","customer.code":"کد","customer.friends":"دوستان","customer.earned":"درآمد","customer.statsText":"{visits} بازدید، {orders} سفارش، {pending} در انتظار، {rewarded} پاداش‌گرفته","customer.nextTier":"{count} معرفی دیگر تا {tier}","customer.atRisk":"سطح در خطر تا","customer.memberCode":"کد عضویت","customer.referrals":"معرفی‌ها ({count})","customer.rewards":"پاداش‌ها ({count})","order.title":"معرفی سفارش","order.missing":"این صفحه را از صفحهٔ یک سفارش در داشبورد باز کنید.","order.none":"این سفارش معرفی ندارد.","status.PENDING":"در انتظار","status.QUALIFIED":"واجد شرایط","status.APPROVED":"تأییدشده","status.REWARDED":"پاداش‌گرفته","status.FLAGGED":"نشان‌دار","status.REJECTED":"ردشده","status.REVERSED":"برگشتی","status.HELD":"نگه‌داشته","status.ISSUED":"صادرشده","status.CANCELLED":"لغوشده","status.REVOKED":"پس‌گرفته","status.FAILED":"ناموفق","status.SCHEDULED":"زمان‌بندی‌شده","status.LIVE":"در جریان","status.ENDED":"پایان‌یافته","status.OPEN":"باز","status.DECIDED":"تعیین‌شده","side.ADVOCATE":"معرف","side.FRIEND":"دوست","kind.VOUCHER":"کد تخفیف","kind.STORE_CREDIT":"اعتبار فروشگاه","kind.DONATION":"کمک خیریه","kind.PERK":"مزیت","kind.PHYSICAL":"جایزهٔ فیزیکی","source.CODE":"کد","source.LINK":"پیوند","source.SIGNUP":"ثبت‌نام","source.MANUAL":"دستی","source.SURVEY":"نظرسنجی","source.EVENT":"کارت رویداد","network.EMAIL":"ایمیل","network.WHATSAPP":"واتس‌اپ","network.TELEGRAM":"تلگرام","network.X":"ایکس","network.FACEBOOK":"فیسبوک","network.LINKEDIN":"لینکدین","network.SMS":"پیامک","network.COPY_LINK":"پیوند کپی‌شده","network.OTHER":"دیگر","window.LIFETIME":"همیشه","window.ROLLING":"بازهٔ غلتان","window.CALENDAR_YEAR":"سال تقویمی","tierChange.PROMOTED":"ارتقا","tierChange.AT_RISK":"در خطر","tierChange.RECOVERED":"بازیابی","tierChange.DEMOTED":"تنزل","switch.START":"شروع شد","switch.END":"پایان یافت","switch.SKIPPED":"رد شد","method.RANK":"بر اساس رتبه","method.DRAW":"قرعه","discount.PERCENTAGE":"درصدی","discount.FIXED":"مبلغ ثابت","discount.FREE_SHIPPING":"ارسال رایگان"},ir={"status.RUNNING":"قيد التنفيذ","status.SUCCESS":"جاهز","nav.exports":"التصدير","exports.new":"تصدير جديد","exports.intro":"ملف CSV لبيانات القناة يُكتب في الخلفية؛ نزّله من هنا عندما يجهز.","exports.kind":"ماذا","exports.campaign":"الحملة","exports.request":"تصدير","exports.requested":"تم طلب التصدير.","exports.files":"ملفات التصدير","exports.none":"لا توجد ملفات تصدير بعد.","exports.progress":"التقدم","exports.by":"طلبه","exports.download":"تنزيل CSV","exports.rows":"{count} صف","exports.counting":"جارٍ عدّ الصفوف…","export.REFERRALS":"الإحالات","export.REWARDS":"المكافآت","export.DONATIONS":"التبرعات","export.FUNNEL":"القمع اليومي","overview.period":"الفترة","period.30":"آخر ٣٠ يوماً","period.90":"آخر ٩٠ يوماً","period.365":"آخر ٣٦٥ يوماً","period.all":"كل الوقت","overview.new":"جديد","overview.vsPrevious":"مقارنة بالفترة السابقة بنفس الطول","overview.windowRevenue":"الإيرادات مع الطلبات المتكررة ({days} يوماً)","overview.fullCost":"التكلفة الكاملة","list.sep":"، ","overview.rates":"من الزيارة إلى الطلب: {visitToOrder}، من الطلب إلى النجاح: {orderToConverted}، معكوسة: {reversed}","overview.costs":"أين تذهب التكلفة","overview.committed":"ما زال محتجزاً (ملتزم به، لم يُدفع): {amount}","overview.comparison":"هذه الفترة مقابل السابقة","overview.thisPeriod":"هذه الفترة","overview.previousPeriod":"الفترة السابقة","funnel.shares":"المشاركات","funnel.signups":"التسجيلات","funnel.orders":"الطلبات","cost.advocateRewards":"مكافآت المُحيلين","cost.friendDiscounts":"خصومات الأصدقاء","cost.signupRewards":"مكافآت التسجيل","cost.tierEntryRewards":"مكافآت دخول المستويات","cost.milestoneBonuses":"مكافآت المراحل","cost.contestPrizes":"جوائز المسابقات","cost.donations":"التبرعات","cost.eventCosts":"الفعاليات","cost.memberDiscounts":"خصومات الأعضاء","cost.otherRewards":"مكافآت أخرى","app.title":"الإحالات","nav.label":"صفحات اللوحة","nav.overview":"نظرة عامة","nav.review":"قائمة المراجعة","nav.referrals":"الإحالات","nav.rewards":"المكافآت","nav.tiers":"المستويات والمراحل","nav.campaigns":"الحملات","nav.contests":"المسابقات","nav.causes":"القضايا الخيرية","nav.events":"الفعاليات",language:"اللغة",loading:"جارٍ التحميل…",nothing:"لا شيء هنا بعد.",all:"الكل",total:"{count} في المجموع",page:"الصفحة {page}",pages:"الصفحات",previous:"السابق",next:"التالي",save:"حفظ",saved:"تم الحفظ.",cancel:"إلغاء",edit:"تعديل",delete:"حذف",deleted:"تم الحذف.",confirmDelete:"هل تريد الحذف؟",active:"نشط",inactive:"غير نشط",anonymous:"مجهول",signOut:"تسجيل الخروج","signIn.title":"تسجيل الدخول إلى الإحالات","signIn.intro":"استخدم حساب الموظف في Saleor.","signIn.email":"البريد الإلكتروني","signIn.password":"كلمة المرور","signIn.submit":"تسجيل الدخول","noPermission.title":"لا توجد صلاحية","noPermission.text":"لا يملك حسابك صلاحية إدارة برنامج الإحالة. اطلب من المسؤول صلاحية «إدارة الخصومات».","dashboard.waiting":"في انتظار لوحة التحكم…","channel.title":"أي قناة؟","channel.label":"القناة","channel.slug":"معرّف القناة","channel.open":"فتح","overview.revenue":"إيرادات الإحالة","overview.cost":"تكلفة المكافآت","overview.roi":"العائد على المكافآت","overview.flagged":"بانتظار المراجعة","overview.funnel":"القمع","overview.statuses":"الإحالات حسب الحالة","overview.overTime":"إيرادات الإحالة مقابل تكلفة المكافآت، شهرياً","overview.perCampaign":"لكل حملة: الإيرادات مقابل التكلفة","overview.perTier":"المُحيلون في كل مستوى","overview.networks":"الزيارات حسب شبكة المشاركة","overview.leaderboard":"أفضل المُحيلين","overview.noProgram":"لا يوجد برنامج إحالة في هذه القناة بعد.","overview.noCampaigns":"لا توجد حملات بعد.","overview.noTiers":"لا توجد مستويات بعد.","overview.inactive":"البرنامج غير نشط في هذه القناة: فعّله من إعدادات الإضافة.","overview.programLine":"يحصل الأصدقاء على {offer}؛ ويحصل المُحيلون على {reward} لكل صديق ناجح، بعد {days} يوماً.","overview.campaignLive":"حملة جارية: {name}","funnel.visits":"الزيارات","funnel.referrals":"الإحالات","funnel.qualified":"مؤهلة","funnel.converted":"ناجحة","funnel.rewarded":"مكافأة","col.created":"التاريخ","col.status":"الحالة","col.advocate":"المُحيل","col.friend":"الصديق","col.order":"الطلب","col.total":"الإجمالي","col.reason":"السبب","col.recipient":"المستلم","col.kind":"النوع","col.amount":"المبلغ","col.release":"الإصدار","col.taken":"المسترد","col.tier":"المستوى","filter.from":"من","filter.to":"إلى","filter.apply":"تصفية","referral.history":"السجل","referral.rewards":"المكافآت","review.intro":"إحالات أوقفها فحص الاحتيال ليقرر فيها شخص. الموافقة تصرف المكافأة بعد فترة الانتظار؛ الرفض يمنع صرفها.","review.reason":"السبب","review.approve":"موافقة","review.reject":"رفض","review.empty":"لا توجد إحالة بانتظار المراجعة.","review.approved":"تمت الموافقة: {who}.","review.rejected":"تم الرفض: {who}.","referrals.attributeTitle":"نسب طلب يدوياً","referrals.attributeIntro":"لصديق ذكر اسم مُحيله («كيف عرفت عنا») أو رمز فات تسجيله.","referrals.advocateEmail":"بريد المُحيل","referrals.orderId":"معرّف الطلب","referrals.source":"المصدر","referrals.attribute":"نسب","rewards.reason":"سبب الاسترداد","rewards.revoke":"استرداد","rewards.shortfall":"العجز","tiers.ladder":"السلم","tiers.new":"مستوى جديد","tiers.create":"إنشاء مستوى","tiers.created":"تم إنشاء المستوى.","tiers.none":"لا توجد مستويات بعد.","tiers.name":"الاسم","tiers.nameFa":"الاسم بالفارسية","tiers.nameAr":"الاسم بالعربية","tiers.rank":"الترتيب","tiers.minReferrals":"الإحالات الناجحة المطلوبة","tiers.minRevenue":"إيرادات الإحالة المطلوبة","tiers.window":"فترة العد","tiers.windowDays":"الأيام (نافذة متحركة)","tiers.rewardMultiplier":"مضاعف المكافأة","tiers.rewardFixed":"مكافأة ثابتة","tiers.entryReward":"مكافأة الدخول","tiers.memberDiscount":"خصم الأعضاء (٪)","tiers.earlyAccess":"مجموعات الوصول المبكر","tiers.earlyAccessHint":"معرّفات مجموعات Saleor مفصولة بفواصل","tiers.earlyAccessUntil":"الوصول المبكر حتى","tiers.reason":"سبب التغيير","tiers.reasonHint":"مطلوب عند تغيير قاعدة الدخول","tiers.payEntryRewards":"صرف مكافآت الدخول للمُحيلين الذين يوضعون الآن","tiers.rule":"قاعدة الدخول","tiers.ruleText":"{count} ناجحة، {window}","tiers.perks":"المزايا","tiers.deleteReason":"سبب الحذف (ينزل الأعضاء مستوى)","tiers.deleted":"تم حذف المستوى؛ نُقل {count} عضواً.","tiers.placement":"توزيع المُحيلين: {done} من {total}","tiers.placementDone":"اكتمل.","tiers.history":"سجل مستوى مُحيل","tiers.historyShow":"عرض","tiers.now":"المستوى الحالي","tiers.demoteAfter":"ينزل بعد","tiers.fromTo":"من ← إلى","tiers.converted":"ناجحة","milestones.title":"المراحل والشارات","milestones.new":"مرحلة جديدة","milestones.create":"إنشاء مرحلة","milestones.created":"تم إنشاء المرحلة.","milestones.slug":"معرّف الشارة","milestones.referrals":"الإحالات الناجحة","milestones.bonus":"المكافأة","milestones.payBonuses":"صرف المكافآت للمُحيلين الذين تجاوزوها","campaigns.new":"حملة جديدة","campaigns.create":"إنشاء حملة","campaigns.created":"تم إنشاء الحملة.","campaigns.none":"لا توجد حملات بعد.","campaigns.name":"الاسم","campaigns.startsAt":"البداية","campaigns.endsAt":"النهاية","campaigns.imageUrl":"رابط الصورة","campaigns.copy":"نص صفحة الهبوط","campaigns.title":"العنوان","campaigns.description":"الوصف","campaigns.friendOffer":"عرض الصديق","campaigns.programOffer":"عرض البرنامج","campaigns.value":"القيمة","campaigns.minSpent":"الحد الأدنى للسلة","campaigns.advocateReward":"مكافأة المُحيل","campaigns.amount":"المبلغ","campaigns.multiplier":"المضاعف","campaigns.window":"الفترة","campaigns.results":"النتائج","campaigns.resultsText":"{referrals} إحالة، {converted} ناجحة","campaigns.switches":"تبديلات العرض","contests.new":"مسابقة جديدة","contests.create":"إنشاء مسابقة","contests.created":"تم إنشاء المسابقة.","contests.none":"لا توجد مسابقات بعد.","contests.name":"الاسم","contests.minReferrals":"الإحالات الناجحة للمشاركة","contests.prizes":"الجوائز","contests.addPrize":"إضافة جائزة","contests.description":"الوصف","contests.details":"الترتيب والجوائز","contests.standings":"الترتيب","contests.threshold":"{count} للمشاركة","contests.entrants":"{count} مشارك","contests.seed":"بذرة السحب","contests.seedHint":"فارغة: بذرة عشوائية تُسجَّل","contests.decide":"احسم الآن","contests.decided":"تم حسم المسابقة.","contests.decidedBy":"حسمها {who}، البذرة {seed}.","contests.method":"الطريقة","contests.winner":"الفائز","contests.fulfilled":"تم التسليم","contests.note":"ملاحظة (رقم التتبع…)","contests.fulfil":"تأكيد التسليم","contests.fulfilledNotice":"تم تسجيل تسليم الجائزة.","causes.new":"قضية جديدة","causes.create":"إنشاء قضية","causes.created":"تم إنشاء القضية.","causes.none":"لا توجد قضايا بعد.","causes.name":"الاسم","causes.description":"الوصف","causes.url":"الموقع","causes.goal":"الهدف","causes.perReferral":"التبرع لكل إحالة ناجحة","causes.raised":"المجموع","causes.pending":"للدفع","causes.paidOut":"المدفوع","causes.shortfall":"العجز","causes.donations":"التبرعات","causes.progress":"التقدم","causes.recordPayout":"تسجيل دفعة","causes.reference":"مرجع الدفع","causes.payoutIntro":"يسجّل أن {amount} (كل التبرعات المصروفة حتى الآن) دُفع للقضية.","causes.paid":"تم تسجيل دفعة بقيمة {amount}.","events.new":"فعالية جديدة","events.create":"إنشاء فعالية","events.created":"تم إنشاء الفعالية.","events.none":"لا توجد فعاليات بعد.","events.name":"الاسم","events.startsAt":"البداية","events.capacity":"السعة","events.minTier":"الحد الأدنى للمستوى","events.everyone":"كل المُحيلين","events.passes":"تذاكر الضيوف لكل عضو","events.cost":"التكلفة","events.invite":"إرسال دعوات للأعضاء بالبريد","events.seats":"المقاعد المتبقية","events.invited":"الأعضاء المدعوون","events.redeemed":"التذاكر المستخدمة","customer.title":"إحالات العميل","customer.missing":"افتح هذه الصفحة من صفحة عميل في لوحة التحكم.","customer.none":"لا يوجد برنامج إحالة أو لا يوجد هذا العميل.","customer.code":"الرمز","customer.friends":"الأصدقاء","customer.earned":"المكتسب","customer.statsText":"{visits} زيارة، {orders} طلب، {pending} معلّقة، {rewarded} مكافأة","customer.nextTier":"{count} أخرى حتى {tier}","customer.atRisk":"المستوى مهدد حتى","customer.memberCode":"رمز العضوية","customer.referrals":"الإحالات ({count})","customer.rewards":"المكافآت ({count})","order.title":"إحالة الطلب","order.missing":"افتح هذه الصفحة من صفحة طلب في لوحة التحكم.","order.none":"لا توجد إحالة لهذا الطلب.","status.PENDING":"معلّقة","status.QUALIFIED":"مؤهلة","status.APPROVED":"موافق عليها","status.REWARDED":"مكافأة","status.FLAGGED":"مُعلَّمة","status.REJECTED":"مرفوضة","status.REVERSED":"معكوسة","status.HELD":"محتجزة","status.ISSUED":"صادرة","status.CANCELLED":"ملغاة","status.REVOKED":"مستردة","status.FAILED":"فاشلة","status.SCHEDULED":"مجدولة","status.LIVE":"جارية","status.ENDED":"منتهية","status.OPEN":"مفتوحة","status.DECIDED":"محسومة","side.ADVOCATE":"المُحيل","side.FRIEND":"الصديق","kind.VOUCHER":"قسيمة","kind.STORE_CREDIT":"رصيد المتجر","kind.DONATION":"تبرع","kind.PERK":"ميزة","kind.PHYSICAL":"جائزة عينية","source.CODE":"رمز","source.LINK":"رابط","source.SIGNUP":"تسجيل","source.MANUAL":"يدوي","source.SURVEY":"استبيان","source.EVENT":"تذكرة فعالية","network.EMAIL":"البريد","network.WHATSAPP":"واتساب","network.TELEGRAM":"تيليجرام","network.X":"إكس","network.FACEBOOK":"فيسبوك","network.LINKEDIN":"لينكدإن","network.SMS":"رسالة نصية","network.COPY_LINK":"رابط منسوخ","network.OTHER":"أخرى","window.LIFETIME":"دائماً","window.ROLLING":"نافذة متحركة","window.CALENDAR_YEAR":"سنة تقويمية","tierChange.PROMOTED":"ترقية","tierChange.AT_RISK":"مهدد","tierChange.RECOVERED":"استعادة","tierChange.DEMOTED":"تخفيض","switch.START":"بدأت","switch.END":"انتهت","switch.SKIPPED":"تم التخطي","method.RANK":"حسب الترتيب","method.DRAW":"سحب","discount.PERCENTAGE":"نسبة مئوية","discount.FIXED":"مبلغ ثابت","discount.FREE_SHIPPING":"شحن مجاني"};for(let e of[or,ir])e["language.en"]=Qe["language.en"],e["language.fa"]=Qe["language.fa"],e["language.ar"]=Qe["language.ar"];for(let[e,t]of Object.entries({en:Qe,fa:or,ar:ir}))Object.assign(t,An[e]);var lr={en:Qe,fa:or,ar:ir};var cr=["en","fa","ar"],Ls={en:"en-US",fa:"fa-IR-u-nu-arabext",ar:"ar-EG-u-nu-arab"},Ne="en";function vt(...e){for(let t of e){let r=String(t||"").slice(0,2).toLowerCase();if(cr.includes(r))return r}return"en"}function Cn(e){Ne=vt(e),document.documentElement.lang=Ne,document.documentElement.dir=Ye()}var Sn=()=>Ne,Ye=()=>Ne==="en"?"ltr":"rtl",Ee=()=>Ls[Ne],Oe=()=>Ye()==="rtl"?"←":"→";function a(e,t={}){return(lr[Ne][e]??lr.en[e]??e).replace(/\{(\w+)\}/g,(n,s)=>typeof t[s]=="number"?T(t[s]):String(t[s]??""))}var C=(e,t)=>a(`${e}.${t}`),T=(e,t={})=>new Intl.NumberFormat(Ee(),t).format(e);function x(e){if(!e)return"—";try{return new Intl.NumberFormat(Ee(),{style:"currency",currency:e.currency}).format(e.amount)}catch{return`${T(e.amount)} ${e.currency}`}}var xn=e=>new Intl.NumberFormat(Ee(),{notation:"compact",maximumFractionDigits:1}).format(e),he=e=>new Intl.NumberFormat(Ee(),{style:"percent",maximumFractionDigits:1}).format(e),Dn=e=>new Intl.DateTimeFormat(Ee(),{dateStyle:"medium"}).format(new Date(e)),In=e=>new Intl.DateTimeFormat(Ee(),{dateStyle:"medium",timeStyle:"short"}).format(new Date(e)),kn=e=>new Intl.DateTimeFormat(Ee(),{month:"short",year:"2-digit",timeZone:"UTC"}).format(e);var Us=["channel","lang"];function Tn(e){let t=new URLSearchParams,r=new URLSearchParams(location.search);for(let u of Us)r.get(u)&&t.set(u,r.get(u));function n(){return{page:(location.pathname.startsWith(e)?location.pathname.slice(e.length):"").replace(/\/+$/,"")||"overview",query:new URLSearchParams(location.search)}}function s(u,c={}){let m=new URLSearchParams(t);for(let[f,$]of Object.entries(c))$!=null&&$!==""&&m.set(f,$);let d=m.toString();return e+(u==="overview"?"":u)+(d?`?${d}`:"")}let o=new Set;function l(u,c){history.pushState(null,"",s(u,c)),o.forEach(m=>m())}addEventListener("popstate",()=>o.forEach(u=>u()));function p(){let[u,c]=y(n);return j(()=>{let m=()=>c(n());return o.add(m),()=>o.delete(m)},[]),u}return{href:s,navigate:l,useRoute:p}}var Nn=function(e,t,r,n){var s;t[0]=0;for(var o=1;o<t.length;o++){var l=t[o++],p=t[o]?(t[0]|=l?1:2,r[t[o++]]):t[++o];l===3?n[0]=p:l===4?n[1]=Object.assign(n[1]||{},p):l===5?(n[1]=n[1]||{})[t[++o]]=p:l===6?n[1][t[++o]]+=p+"":l?(s=e.apply(p,Nn(e,p,r,["",null])),n.push(s),p[0]?t[0]|=2:(t[o-2]=0,t[o]=s)):n.push(p)}return n},Pn=new Map;function On(e){var t=Pn.get(this);return t||(t=new Map,Pn.set(this,t)),(t=Nn(this,t.get(e)||(t.set(e,t=(function(r){for(var n,s,o=1,l="",p="",u=[0],c=function(f){o===1&&(f||(l=l.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,f,l):o===3&&(f||l)?(u.push(3,f,l),o=2):o===2&&l==="..."&&f?u.push(4,f,0):o===2&&l&&!f?u.push(5,0,!0,l):o>=5&&((l||!f&&o===5)&&(u.push(o,0,l,s),o=6),f&&(u.push(o,f,0,s),o=6)),l=""},m=0;m<r.length;m++){m&&(o===1&&c(),c(m));for(var d=0;d<r[m].length;d++)n=r[m][d],o===1?n==="<"?(c(),u=[u],o=3):l+=n:o===4?l==="--"&&n===">"?(o=1,l=""):l=n+l[0]:p?n===p?p="":l+=n:n==='"'||n==="'"?p=n:n===">"?(c(),o=1):o&&(n==="="?(o=5,s=l,l=""):n==="/"&&(o<5||r[m][d+1]===">")?(c(),o===3&&(u=u[0]),o=u,(u=u[0]).push(2,0,o),o=0):n===" "||n==="	"||n===`
`||n==="\r"?(c(),o=2):l+=n),o===3&&l==="!--"&&(o=4,u=u[0])}return c(),u})(e)),t),arguments,[])).length>1?t:t[0]}var i=On.bind(fe),gt=xe(null),S=()=>ct(gt);function U(e,t,r=[]){let n=S(),[s,o]=y({loading:!0,data:null,error:null}),[l,p]=y(0);j(()=>{let c=!0;return o(m=>({...m,loading:!0})),n.gql(e,t).then(m=>c&&o({loading:!1,data:m,error:null}),m=>{c&&(m instanceof ue&&m.kind!=="query"&&n.onApiError(m),o({loading:!1,data:null,error:m}))}),()=>{c=!1}},[...r,l,n.channel]);let u=lt(()=>p(c=>c+1),[]);return{...s,reload:u}}function N(e,t){let r=S(),[n,s]=y([]),[o,l]=y(!1);async function p(u){l(!0);try{let{payload:c,errors:m}=await ut(r.gql,e,u,t);return s(m),m.length?null:c}catch(c){return c instanceof ue&&c.kind!=="query"&&r.onApiError(c),s([{field:c.field||null,code:"INVALID",message:c.message}]),null}finally{l(!1)}}return{run:p,errors:n,setErrors:s,busy:o}}var Fn=(e,t)=>!!e&&(e===t||e.startsWith(t)&&/[A-Z]/.test(e[t.length])),Ms=(e,t)=>e.filter(r=>Fn(r.field,t));function v({label:e,name:t,errors:r=[],hint:n,children:s}){let o=Ms(r,t);return i`<div class=${`field${o.length?" invalid":""}`} data-field=${t}>
    <label>
      <span class="field-label">${e}</span>
      ${s}
    </label>
    ${n&&i`<small class="hint">${n}</small>`}
    ${o.map(l=>i`<p class="field-error" role="alert" data-code=${l.code}>${l.message}</p>`)}
  </div>`}function H({errors:e,fields:t}){let r=e.filter(n=>!n.field||!t.some(s=>Fn(n.field,s)));return r.length?i`<div class="form-errors" role="alert">
    ${r.map(n=>i`<p class="field-error" data-code=${n.code}>
          ${n.field?i`<b>${n.field}</b>: `:""}${n.message}
        </p>`)}
  </div>`:null}function w({name:e,value:t,set:r,type:n="text",...s}){return i`<input
    name=${e}
    type=${n}
    value=${t??""}
    onInput=${o=>r(e,n==="checkbox"?o.target.checked:o.target.value)}
    ...${s}
  />`}function ge({name:e,value:t,set:r,text:n}){return i`<label class="check">
    <input
      type="checkbox"
      name=${e}
      checked=${!!t}
      onChange=${s=>r(e,s.target.checked)}
    />
    ${n}</label
  >`}function Y({name:e,value:t,set:r,options:n}){return i`<select name=${e} value=${t??""} onChange=${s=>r(e,s.target.value)}>
    ${n.map(([s,o])=>i`<option value=${s} selected=${s===(t??"")}>${o}</option>`)}
  </select>`}function K(e){let[t,r]=y(e);return{values:t,set:(s,o)=>r(l=>({...l,[s]:o})),setValues:r}}var z=e=>e===""||e===null||e===void 0?null:Number(e),de=e=>e===""||e===null||e===void 0?null:parseInt(e,10),J=e=>e?new Date(e).toISOString():null;function me(e){if(!e)return"";let t=new Date(e),r=n=>String(n).padStart(2,"0");return`${t.getFullYear()}-${r(t.getMonth()+1)}-${r(t.getDate())}T${r(t.getHours())}:${r(t.getMinutes())}`}function M(){return i`<p class="muted loading">${a("loading")}</p>`}function F({error:e}){return e?i`<div class="form-errors" role="alert"><p class="field-error">${e.message}</p></div>`:null}function _e({value:e}){return e?i`<span class="num">${x(e)}</span>`:i`<span class="muted">—</span>`}var L=({value:e,time:t=!0})=>e?i`<time datetime=${e}>${t?In(e):Dn(e)}</time>`:i`<span class="muted">—</span>`,te=({value:e})=>i`<span class=${`badge status-${String(e).toLowerCase()}`}>${C("status",e)}</span>`;function Fe(){let[e,t]=y([null]);return{after:e[e.length-1],page:e.length,next:n=>t(s=>[...s,n]),previous:()=>t(n=>n.length>1?n.slice(0,-1):n),reset:()=>t([null])}}function Le({pager:e,connection:t}){return t?i`<nav class="pager" aria-label=${a("pages")}>
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
  </nav>`:null}function I({title:e,actions:t,children:r,id:n}){return i`<section class="card" id=${n}>
    <header class="card-header"><h2>${e}</h2>${t}</header>
    ${r}
  </section>`}function k({text:e}){return i`<p class="muted empty">${e||a("nothing")}</p>`}var Xe=(e,t)=>["fa","ar"].filter(r=>(e[`${t}_${r}`]||"").trim()).map(r=>({language:r,name:e[`${t}_${r}`].trim()}));var Ue=["var(--chart-1)","var(--chart-2)","var(--chart-3)","var(--chart-4)"];function _t({items:e,title:t,format:r=T,name:n}){let p=Math.max(e.length,1)*30+8,u=Math.max(1,...e.map(d=>d.value)),c=Ye()==="rtl",m=220;return i`<figure class="chart-figure" data-chart=${n}>
    <svg class="chart bar-chart" viewBox=${`0 0 420 ${p}`} role="img" aria-label=${t}>
      ${e.map((d,f)=>{let $=4+f*30,g=Math.max(d.value>0?2:0,d.value/u*m),h=c?300-g:120,b=c?416:4,_=c?h-6:h+g+6;return i`<g>
          <text x=${b} y=${$+18} text-anchor="start" direction=${c?"rtl":"ltr"} class="chart-label">
            ${d.label}
          </text>
          <rect
            class="bar"
            x=${h}
            y=${$+4}
            width=${g}
            height=${18}
            rx="3"
            fill=${d.color||Ue[f%Ue.length]}
            data-value=${d.value}
          ><title>${d.label}: ${r(d.value)}</title></rect>
          <text x=${_} y=${$+18} text-anchor="start" direction=${c?"rtl":"ltr"} class="chart-value">
            ${r(d.value)}
          </text>
        </g>`})}
    </svg>
  </figure>`}function Ze({labels:e,series:t,title:r,format:n=T,name:s}){let d=Math.max(1,...t.flatMap(_=>_.values)),f=Ye()==="rtl",$=796/Math.max(e.length,1),g=Math.max(3,($-8)/t.length),h=(_,E)=>{let O=56+_*$+4+E*g;return f?860-O-g:O};return i`<figure class="chart-figure" data-chart=${s}>
    <svg class="chart column-chart" viewBox=${"0 0 860 260"} role="img" aria-label=${r}>
      ${[0,.5,1].map(_=>{let E=220-_*208;return i`<g>
          <line x1=${f?0:56} x2=${f?804:860} y1=${E} y2=${E} class="grid" />
          <text x=${f?856:50} y=${E+4} text-anchor="end" class="chart-axis" direction="ltr">
            ${xn(d*_)}
          </text>
        </g>`})}
      ${e.map((_,E)=>i`<g>
          ${t.map((O,W)=>{let Q=O.values[E]||0,q=Q/d*208;return i`<rect
              class="bar"
              x=${h(E,W)}
              y=${220-q}
              width=${g-1}
              height=${q}
              fill=${O.color||Ue[W%Ue.length]}
              data-series=${O.name}
              data-value=${Q}
            ><title>${_} · ${O.name}: ${n(Q)}</title></rect>`})}
          <text
            x=${f?860-(56+E*$+$/2):56+E*$+$/2}
            y=${236}
            text-anchor="middle"
            class="chart-axis"
          >${_}</text>
        </g>`)}
    </svg>
    <figcaption>
      <span>${r}</span>
      <span class="legend">
        ${t.map((_,E)=>i`<span class="legend-item"><i style=${`background:${_.color||Ue[E%Ue.length]}`}></i>${_.name}</span>`)}
      </span>
    </figcaption>
    <table class="sr-only">
      <thead><tr><th></th>${t.map(_=>i`<th>${_.name}</th>`)}</tr></thead>
      <tbody>
        ${e.map((_,E)=>i`<tr><th>${_}</th>${t.map(O=>i`<td>${n(O.values[E]||0)}</td>`)}</tr>`)}
      </tbody>
    </table>
  </figure>`}var Hs=12,Ln=864e5,ur={30:30,90:90,365:365,all:null};function Ws(e=new Date){let t=[];for(let r=Hs-1;r>=-1;r-=1)t.push(new Date(Date.UTC(e.getUTCFullYear(),e.getUTCMonth()-r,1)));return t}function Vs(e,t=new Date){let r=ur[e];if(!r)return null;let n=Date.UTC(t.getUTCFullYear(),t.getUTCMonth(),t.getUTCDate())+Ln;return{gte:new Date(n-r*Ln).toISOString(),lte:new Date(n).toISOString()}}var re="{ amount currency }",Un=["advocateRewards","friendDiscounts","signupRewards","tierEntryRewards","milestoneBonuses","contestPrizes","donations","eventCosts","memberDiscounts","otherRewards"],He=["shares","visits","signups","orders","qualified","converted","rewarded"],Bs=`query Overview($channel: String!, $period: ReferralPeriodInput, $compare: Boolean!) {
  report: referralReport(channel: $channel, period: $period, compareWithPrevious: $compare) {
    start end
    funnel { ${He.join(" ")} reversed visitsByNetwork { network count } sharesByNetwork { network count }
      visitToOrderRate orderToConvertedRate }
    money { repeatWindowDays referredOrders repeatOrders firstOrderRevenue ${re} windowRevenue ${re}
      costs { ${Un.map(e=>`${e} ${re}`).join(" ")} } totalCost ${re} committed ${re}
      returnOnRewards windowReturnOnRewards }
    previous { start end funnel { ${He.join(" ")} }
      money { firstOrderRevenue ${re} windowRevenue ${re} totalCost ${re} returnOnRewards } }
  }
  summary: referralProgramSummary(channel: $channel) { flagged }
  referralCampaigns(channel: $channel) {
    id name state
    results { referrals converted referredRevenue ${re} rewardCost ${re} }
  }
  referralTiers(channel: $channel) { id name rank members }
  referralProgram(channel: $channel) {
    isActive friendOffer { type value currency minSpent ${re} }
    advocateReward { type amount ${re} } minOrderTotal ${re}
    newCustomersOnly holdDays campaign { name }
  }
}`;function Gs(e){return`query OverviewMonths($channel: String!) { ${e.slice(0,-1).map((r,n)=>`m${n}: referralReport(channel: $channel, period: {gte: "${r.toISOString()}", lte: "${e[n+1].toISOString()}"}) { money { firstOrderRevenue ${re} totalCost ${re} } }`).join(`
`)} }`}var Ks=`query Leaderboard($channel: String!) {
  referralLeaderboard(channel: $channel, period: ALL_TIME, first: 10) { rank name convertedReferrals }
}`;function qs({query:{data:e,error:t,loading:r}}){if(r)return i`<${M} />`;if(t)return i`<${F} error=${t} />`;let n=e.referralLeaderboard||[];return n.length?i`<ol class="leaderboard">
    ${n.map(s=>i`<li><span>${s.name||a("anonymous")}</span><b class="num">${T(s.convertedReferrals)}</b></li>`)}
  </ol>`:i`<${k} />`}function js({starts:e,query:{data:t,error:r,loading:n},money:s}){if(n)return i`<${M} />`;if(r)return i`<${F} error=${r} />`;let o=e.slice(0,-1),l=p=>t[`m${p}`];return i`<${Ze}
    name="money"
    title=${a("overview.overTime")}
    format=${s}
    labels=${o.map(p=>kn(p))}
    series=${[{name:a("overview.revenue"),values:o.map((p,u)=>l(u)?.money.firstOrderRevenue.amount??0)},{name:a("overview.cost"),values:o.map((p,u)=>l(u)?.money.totalCost.amount??0)}]}
  />`}function zs({program:e}){if(!e)return i`<p class="notice warn" role="status">${a("overview.inactive")}</p>`;let t=e.friendOffer,r=t.type==="PERCENTAGE"?he(t.value/100):t.type==="FIXED"?x({amount:t.value,currency:t.currency}):C("discount",t.type);return i`<p class="program-line muted" data-program>
    ${a("overview.programLine",{offer:r,reward:`${x(e.advocateReward.amount)} (${C("kind",e.advocateReward.type)})`,days:e.holdDays})}
    ${e.campaign?i`${a("list.sep")}${a("overview.campaignLive",{name:e.campaign.name})}`:""}
  </p>`}function Js({now:e,before:t}){if(t==null)return null;if(!t)return e?i`<small class="change up">${a("overview.new")}</small>`:null;let r=(e-t)/t,n=r>0?"+":"";return i`<small class=${`change ${r>0?"up":r<0?"down":""}`} title=${a("overview.vsPrevious")}>
    ${n}${he(r)}
  </small>`}function Me({title:e,value:t,name:r,now:n,before:s}){return i`<div class="kpi" data-kpi=${r}>
    <span class="kpi-title">${e}</span>
    <strong class="num">${t}</strong>
    <${Js} now=${n} before=${s} />
  </div>`}function Mn({query:e}){let t=S(),[r,n]=y(()=>e.get("period")in ur?e.get("period"):"30"),[s]=y(Ws),o=Vs(r),{data:l,error:p,loading:u}=U(Bs,{channel:t.channel,period:o,compare:!!o},[r]),c=U(Gs(s),{channel:t.channel}),m=U(Ks,{channel:t.channel}),d=i`<label class="period-picker">
    <span class="sr-only">${a("overview.period")}</span>
    <select name="period" value=${r} onChange=${R=>n(R.target.value)}>
      ${Object.keys(ur).map(R=>i`<option value=${R} selected=${R===r}>${a(`period.${R}`)}</option>`)}
    </select>
  </label>`,f=i`<header class="page-header"><h1>${a("nav.overview")}</h1>${d}</header>`;if(u&&!l)return i`${f}<${M} />`;if(p)return i`${f}<${F} error=${p} />`;let $=l.report;if(!$)return i`${f}<${k} text=${a("overview.noProgram")} />`;let{funnel:g,money:h}=$,b=$.previous,_=h.totalCost.currency,E=R=>x({amount:R,currency:_}),O=R=>R==null?"—":`${T(R,{maximumFractionDigits:2})}×`,W=l.referralCampaigns.filter(R=>R.results),Q=[...new Set([...g.sharesByNetwork,...g.visitsByNetwork].map(R=>R.network))],q=(R,ae)=>R.find(Z=>Z.network===ae)?.count??0;return i`${f}
    <${zs} program=${l.referralProgram} />
    <div class="kpis">
      <${Me} name="revenue" title=${a("overview.revenue")} value=${x(h.firstOrderRevenue)}
        now=${h.firstOrderRevenue.amount} before=${b?.money.firstOrderRevenue.amount} />
      <${Me} name="window-revenue" title=${a("overview.windowRevenue",{days:h.repeatWindowDays})}
        value=${x(h.windowRevenue)} now=${h.windowRevenue.amount} before=${b?.money.windowRevenue.amount} />
      <${Me} name="cost" title=${a("overview.fullCost")} value=${x(h.totalCost)}
        now=${h.totalCost.amount} before=${b?.money.totalCost.amount} />
      <${Me} name="roi" title=${a("overview.roi")} value=${O(h.returnOnRewards)}
        now=${h.returnOnRewards} before=${b?.money.returnOnRewards} />
      <${Me} name="converted" title=${a("funnel.converted")} value=${T(g.converted)}
        now=${g.converted} before=${b?.funnel.converted} />
      <${Me} name="flagged" title=${a("overview.flagged")} value=${T(l.summary?l.summary.flagged:0)} />
    </div>
    <div class="grid-2">
      <${I} title=${a("overview.funnel")} id="funnel">
        <${_t} name="funnel" title=${a("overview.funnel")}
          items=${He.map(R=>({label:a(`funnel.${R}`),value:g[R]}))} />
        <p class="muted small">
          ${a("overview.rates",{visitToOrder:g.visitToOrderRate===null?"—":he(g.visitToOrderRate),orderToConverted:g.orderToConvertedRate===null?"—":he(g.orderToConvertedRate),reversed:g.reversed})}
        </p>
      <//>
      <${I} title=${a("overview.costs")} id="costs">
        <${_t} name="costs" title=${a("overview.costs")} format=${E}
          items=${Un.map(R=>({label:a(`cost.${R}`),value:h.costs[R].amount}))} />
        <p class="muted small">${a("overview.committed",{amount:x(h.committed)})}</p>
      <//>
    </div>
    ${b&&i`<${I} title=${a("overview.comparison")} id="comparison">
      <${Ze} name="comparison" title=${a("overview.comparison")}
        labels=${He.map(R=>a(`funnel.${R}`))}
        series=${[{name:a("overview.thisPeriod"),values:He.map(R=>g[R])},{name:a("overview.previousPeriod"),values:He.map(R=>b.funnel[R])}]} />
    <//>`}
    <${I} title=${a("overview.overTime")} id="over-time">
      <${js} starts=${s} query=${c} money=${E} />
    <//>
    <div class="grid-2">
      <${I} title=${a("overview.perCampaign")} id="per-campaign">
        ${W.length?i`<${Ze}
              name="campaigns"
              title=${a("overview.perCampaign")}
              format=${E}
              labels=${W.map(R=>R.name)}
              series=${[{name:a("overview.revenue"),values:W.map(R=>R.results.referredRevenue.amount)},{name:a("overview.cost"),values:W.map(R=>R.results.rewardCost.amount)}]}
            />`:i`<${k} text=${a("overview.noCampaigns")} />`}
      <//>
      <${I} title=${a("overview.perTier")} id="per-tier">
        ${l.referralTiers.length?i`<${_t}
              name="tiers"
              title=${a("overview.perTier")}
              items=${l.referralTiers.map(R=>({label:R.name,value:R.members}))}
            />`:i`<${k} text=${a("overview.noTiers")} />`}
      <//>
    </div>
    <div class="grid-2">
      <${I} title=${a("overview.networks")} id="networks">
        ${Q.length?i`<${Ze}
              name="networks"
              title=${a("overview.networks")}
              labels=${Q.map(R=>C("network",R))}
              series=${[{name:a("funnel.shares"),values:Q.map(R=>q(g.sharesByNetwork,R))},{name:a("funnel.visits"),values:Q.map(R=>q(g.visitsByNetwork,R))}]}
            />`:i`<${k} />`}
      <//>
      <${I} title=${a("overview.leaderboard")} id="leaderboard">
        <${qs} query=${m} />
      <//>
    </div>`}var Re=`id status statusReason source advocateEmail friendEmail friendName code
  orderId orderNumber orderTotal { amount currency } createdAt
  history { fromStatus toStatus reason createdAt }
  rewards { id side kind status amount { amount currency } releaseAt voucherCode }`,We="totalCount pageInfo { hasNextPage endCursor }",Qs=`mutation Review($id: ID!, $decision: ReferralReviewDecisionEnum!, $reason: String) {
  referralReview(id: $id, decision: $decision, reason: $reason) {
    referral { id status statusReason } ${P}
  }
}`;function Ae({referral:e}){return i`<div class="details">
    <div>
      <h3>${a("referral.history")}</h3>
      <ol class="history">
        ${(e.history||[]).map(t=>i`<li>
            <${L} value=${t.createdAt} />
            <span>${t.fromStatus?C("status",t.fromStatus):"—"} ${Oe()} ${C("status",t.toStatus)}</span>
            <span class="muted">${t.reason}</span>
          </li>`)}
      </ol>
    </div>
    <div>
      <h3>${a("referral.rewards")}</h3>
      ${e.rewards.length?i`<ul class="plain">
            ${e.rewards.map(t=>i`<li>
                ${C("side",t.side)}${a("list.sep")}${C("kind",t.kind)}${a("list.sep")}${x(t.amount)}${a("list.sep")}
                <${te} value=${t.status} />
              </li>`)}
          </ul>`:i`<p class="muted">${a("nothing")}</p>`}
    </div>
  </div>`}function Ce({referral:e,onDone:t}){let[r,n]=y(""),s=N(Qs,"referralReview");async function o(l){let p=await s.run({id:e.id,decision:l,reason:r||null});p&&t(p.referral,l)}return i`<form class="review-form" onSubmit=${l=>l.preventDefault()} data-referral=${e.id}>
    <${v} label=${a("review.reason")} name="reason" errors=${s.errors}>
      <textarea name="reason" rows="2" value=${r} onInput=${l=>n(l.target.value)}></textarea>
    <//>
    <${H} errors=${s.errors} fields=${["reason"]} />
    <div class="actions">
      <button type="button" name="approve" disabled=${s.busy} onClick=${()=>o("APPROVE")}>${a("review.approve")}</button>
      <button type="button" name="reject" class="danger" disabled=${s.busy} onClick=${()=>o("REJECT")}>${a("review.reject")}</button>
    </div>
  </form>`}function yt({referral:e,open:t,onToggle:r,children:n}){let s=o=>{(o.key==="Enter"||o.key===" ")&&(o.preventDefault(),r())};return i`<tr class="row" data-id=${e.id} onClick=${r} onKeyDown=${s}
      tabindex="0" aria-expanded=${t}>
      <td><${L} value=${e.createdAt} /></td>
      <td><${te} value=${e.status} /></td>
      <td>${e.advocateEmail||"—"}<br /><small class="muted">${e.code}</small></td>
      <td>${e.friendEmail||e.friendName||"—"}</td>
      <td>${e.orderNumber?`#${e.orderNumber}`:"—"}</td>
      <td><${_e} value=${e.orderTotal} /></td>
      <td class="muted">${e.statusReason||C("source",e.source)}</td>
    </tr>
    ${t&&i`<tr class="expanded"><td colspan="7">${n}</td></tr>`}`}var wt=()=>i`<thead><tr>
  <th>${a("col.created")}</th><th>${a("col.status")}</th><th>${a("col.advocate")}</th>
  <th>${a("col.friend")}</th><th>${a("col.order")}</th><th>${a("col.total")}</th><th>${a("col.reason")}</th>
</tr></thead>`;var Ys=`query Queue($channel: String!, $after: String) {
  referrals(channel: $channel, filter: {status: [FLAGGED]}, first: 20, after: $after) {
    ${We}
    edges { node { ${Re} } }
  }
}`;function Hn(){let e=S(),t=Fe(),[r,n]=y(null),{data:s,error:o,loading:l,reload:p}=U(Ys,{channel:e.channel,after:t.after},[t.after]),u=s&&s.referrals;return i`<h1>${a("nav.review")}</h1>
    <p class="muted">${a("review.intro")}</p>
    ${r&&i`<p class="notice" role="status">${r}</p>`}
    ${l&&!s&&i`<${M} />`}
    <${F} error=${o} />
    ${u&&(u.edges.length?i`<ul class="queue">
          ${u.edges.map(({node:c})=>i`<li class="card queue-item" data-id=${c.id}>
              <header class="queue-head">
                <${te} value=${c.status} />
                <b>${c.advocateEmail}</b> ${Oe()} <b>${c.friendEmail||c.friendName}</b>
                <span class="muted">${c.orderNumber?`#${c.orderNumber}`:""}</span>
                <${_e} value=${c.orderTotal} />
                <${L} value=${c.createdAt} />
              </header>
              <p class="flag-reason">${c.statusReason}</p>
              <${Ae} referral=${c} />
              <${Ce}
                referral=${c}
                onDone=${(m,d)=>{n(a(d==="APPROVE"?"review.approved":"review.rejected",{who:c.friendEmail||c.friendName})),p()}}
              />
            </li>`)}
        </ul>`:i`<${k} text=${a("review.empty")} />`)}
    <${Le} pager=${t} connection=${u} />`}var Xs=["PENDING","QUALIFIED","APPROVED","REWARDED","FLAGGED","REJECTED","REVERSED"],Zs=`query Referrals($channel: String!, $filter: ReferralFilterInput, $after: String) {
  referrals(channel: $channel, filter: $filter, first: 25, after: $after) {
    ${We}
    edges { node { ${Re} } }
  }
  referralTiers(channel: $channel) { id name }
}`,eo=`mutation Attribute($channel: String!, $advocateEmail: String!, $orderId: ID!, $source: ReferralManualSourceEnum) {
  referralCreate(channel: $channel, advocateEmail: $advocateEmail, orderId: $orderId, source: $source) {
    referral { id status } ${P}
  }
}`;function Wn(e){let t={};return e.status&&(t.status=[e.status]),e.advocateEmail.trim()&&(t.advocateEmail=e.advocateEmail.trim()),e.friendEmail.trim()&&(t.friendEmail=e.friendEmail.trim()),e.createdFrom&&(t.createdFrom=J(e.createdFrom)),e.createdTo&&(t.createdTo=J(e.createdTo)),e.tier&&(t.tier=e.tier),t}function to({onDone:e}){let t=S(),r=K({advocateEmail:"",orderId:"",source:"MANUAL"}),n=N(eo,"referralCreate");async function s(o){o.preventDefault(),await n.run({channel:t.channel,...r.values})&&(r.setValues({advocateEmail:"",orderId:"",source:"MANUAL"}),e())}return i`<form class="inline-form" onSubmit=${s} name="attribute">
    <${v} label=${a("referrals.advocateEmail")} name="advocateEmail" errors=${n.errors}>
      <${w} name="advocateEmail" type="email" value=${r.values.advocateEmail} set=${r.set} required />
    <//>
    <${v} label=${a("referrals.orderId")} name="orderId" errors=${n.errors}>
      <${w} name="orderId" value=${r.values.orderId} set=${r.set} required />
    <//>
    <${v} label=${a("referrals.source")} name="source" errors=${n.errors}>
      <${Y} name="source" value=${r.values.source} set=${r.set}
        options=${["MANUAL","SURVEY"].map(o=>[o,C("source",o)])} />
    <//>
    <${H} errors=${n.errors} fields=${["advocateEmail","orderId","source"]} />
    <button type="submit" disabled=${n.busy}>${a("referrals.attribute")}</button>
  </form>`}function Vn({query:e}){let t=S(),r=Fe(),n={status:e.get("status")||"",advocateEmail:e.get("advocate")||"",friendEmail:"",createdFrom:"",createdTo:"",tier:""},s=K(n),[o,l]=y(()=>Wn(n)),[p,u]=y(null),{data:c,error:m,loading:d,reload:f}=U(Zs,{channel:t.channel,filter:o,after:r.after},[JSON.stringify(o),r.after]),$=c&&c.referrals;return i`<h1>${a("nav.referrals")}</h1>
    <form
      class="filters"
      name="filters"
      onSubmit=${g=>{g.preventDefault(),r.reset(),l(Wn(s.values))}}
    >
      <${v} label=${a("col.status")} name="status">
        <${Y} name="status" value=${s.values.status} set=${s.set}
          options=${[["",a("all")],...Xs.map(g=>[g,C("status",g)])]} />
      <//>
      <${v} label=${a("col.advocate")} name="advocateEmail">
        <${w} name="advocateEmail" type="search" value=${s.values.advocateEmail} set=${s.set} />
      <//>
      <${v} label=${a("col.friend")} name="friendEmail">
        <${w} name="friendEmail" type="search" value=${s.values.friendEmail} set=${s.set} />
      <//>
      <${v} label=${a("filter.from")} name="createdFrom">
        <${w} name="createdFrom" type="datetime-local" value=${s.values.createdFrom} set=${s.set} />
      <//>
      <${v} label=${a("filter.to")} name="createdTo">
        <${w} name="createdTo" type="datetime-local" value=${s.values.createdTo} set=${s.set} />
      <//>
      ${c&&c.referralTiers.length>0&&i`<${v} label=${a("col.tier")} name="tier">
        <${Y} name="tier" value=${s.values.tier} set=${s.set}
          options=${[["",a("all")],...c.referralTiers.map(g=>[g.id,g.name])]} />
      <//>`}
      <button type="submit">${a("filter.apply")}</button>
    </form>
    ${d&&!c&&i`<${M} />`}
    <${F} error=${m} />
    ${$&&($.edges.length?i`<table class="table referrals-table">
          <${wt} />
          <tbody>
            ${$.edges.map(({node:g})=>i`<${yt}
                referral=${g}
                open=${p===g.id}
                onToggle=${()=>u(p===g.id?null:g.id)}
              >
                <${Ae} referral=${g} />
                ${["FLAGGED","PENDING","QUALIFIED"].includes(g.status)&&i`<${Ce} referral=${g} onDone=${f} />`}
              <//>`)}
          </tbody>
        </table>`:i`<${k} />`)}
    <${Le} pager=${r} connection=${$} />
    <${I} title=${a("referrals.attributeTitle")} id="attribute">
      <p class="muted">${a("referrals.attributeIntro")}</p>
      <${to} onDone=${f} />
    <//>`}var ro=["HELD","ISSUED","CANCELLED","REVOKED","FAILED"],no=["VOUCHER","STORE_CREDIT","DONATION","PERK"],bt=`id side kind status amount { amount currency } releaseAt issuedAt voucherCode
  revokedAmount { amount currency } shortfallAmount { amount currency } statusReason recipientEmail createdAt`,ao=`query Rewards($channel: String!, $filter: ReferralRewardFilterInput, $after: String) {
  referralRewards(channel: $channel, filter: $filter, first: 25, after: $after) {
    ${We}
    edges { node { ${bt} } }
  }
}`,so=`mutation Revoke($id: ID!, $reason: String!) {
  referralRewardRevoke(id: $id, reason: $reason) { reward { ${bt} } ${P} }
}`;function oo({reward:e,onDone:t}){let[r,n]=y(""),s=N(so,"referralRewardRevoke");async function o(l){l.preventDefault();let p=await s.run({id:e.id,reason:r});p&&t(p.reward)}return i`<form class="inline-form revoke-form" onSubmit=${o} data-reward=${e.id}>
    <${v} label=${a("rewards.reason")} name="reason" errors=${s.errors}>
      <textarea name="reason" rows="2" value=${r} onInput=${l=>n(l.target.value)}></textarea>
    <//>
    <${H} errors=${s.errors} fields=${["reason"]} />
    <button type="submit" class="danger" name="revoke" disabled=${s.busy}>${a("rewards.revoke")}</button>
  </form>`}function dr({connection:e,onChanged:t}){let[r,n]=y(null);return e.edges.length?i`<table class="table rewards-table">
    <thead><tr>
      <th>${a("col.created")}</th><th>${a("col.status")}</th><th>${a("col.recipient")}</th><th>${a("col.kind")}</th>
      <th>${a("col.amount")}</th><th>${a("col.release")}</th><th>${a("col.taken")}</th><th>${a("col.reason")}</th><th></th>
    </tr></thead>
    <tbody>
      ${e.edges.map(({node:s})=>i`<tr data-id=${s.id}>
            <td><${L} value=${s.createdAt} /></td>
            <td><${te} value=${s.status} /></td>
            <td>${s.recipientEmail||"—"}<br /><small class="muted">${C("side",s.side)}</small></td>
            <td>${C("kind",s.kind)}${s.voucherCode?i`<br /><code>${s.voucherCode}</code>`:""}</td>
            <td><${_e} value=${s.amount} /></td>
            <td><${L} value=${s.releaseAt} time=${!1} /></td>
            <td>${s.revokedAmount.amount||s.shortfallAmount.amount?i`<${_e} value=${s.revokedAmount} /><br /><small class="muted">${a("rewards.shortfall")} <${_e} value=${s.shortfallAmount} /></small>`:i`<span class="muted">—</span>`}</td>
            <td class="muted">${s.statusReason||""}</td>
            <td>${["HELD","ISSUED"].includes(s.status)&&i`<button type="button" class="secondary" name="open-revoke" onClick=${()=>n(r===s.id?null:s.id)}>${a("rewards.revoke")}…</button>`}</td>
          </tr>
          ${r===s.id&&i`<tr class="expanded"><td colspan="9"><${oo} reward=${s} onDone=${()=>{n(null),t()}} /></td></tr>`}`)}
    </tbody>
  </table>`:i`<${k} />`}function io(e){let t={};return e.status&&(t.status=[e.status]),e.kind&&(t.kind=[e.kind]),e.recipientEmail.trim()&&(t.recipientEmail=e.recipientEmail.trim()),e.createdFrom&&(t.createdFrom=J(e.createdFrom)),e.createdTo&&(t.createdTo=J(e.createdTo)),t}function Bn(){let e=S(),t=Fe(),r=K({status:"",kind:"",recipientEmail:"",createdFrom:"",createdTo:""}),[n,s]=y({}),{data:o,error:l,loading:p,reload:u}=U(ao,{channel:e.channel,filter:n,after:t.after},[JSON.stringify(n),t.after]),c=o&&o.referralRewards;return i`<h1>${a("nav.rewards")}</h1>
    <form class="filters" name="filters" onSubmit=${m=>{m.preventDefault(),t.reset(),s(io(r.values))}}>
      <${v} label=${a("col.status")} name="status">
        <${Y} name="status" value=${r.values.status} set=${r.set}
          options=${[["",a("all")],...ro.map(m=>[m,C("status",m)])]} />
      <//>
      <${v} label=${a("col.kind")} name="kind">
        <${Y} name="kind" value=${r.values.kind} set=${r.set}
          options=${[["",a("all")],...no.map(m=>[m,C("kind",m)])]} />
      <//>
      <${v} label=${a("col.recipient")} name="recipientEmail">
        <${w} name="recipientEmail" type="search" value=${r.values.recipientEmail} set=${r.set} />
      <//>
      <${v} label=${a("filter.from")} name="createdFrom">
        <${w} name="createdFrom" type="datetime-local" value=${r.values.createdFrom} set=${r.set} />
      <//>
      <${v} label=${a("filter.to")} name="createdTo">
        <${w} name="createdTo" type="datetime-local" value=${r.values.createdTo} set=${r.set} />
      <//>
      <button type="submit">${a("filter.apply")}</button>
    </form>
    ${p&&!o&&i`<${M} />`}
    <${F} error=${l} />
    ${c&&i`<${dr} connection=${c} onChanged=${u} />`}
    <${Le} pager=${t} connection=${c} />`}var lo=`id name translations { language name } rank minReferrals minRevenue { amount currency }
  window windowDays rewardMultiplier rewardFixed { amount currency } entryReward { type amount { amount currency } }
  memberDiscountPercent earlyAccessCollections earlyAccessUntil`,co="id slug name translations { language name } referrals bonus { type amount { amount currency } }",et="id status reason total done createdAt finishedAt",uo=`query Ladder($channel: String!) {
  referralTiers(channel: $channel) { ${lo} }
  referralMilestones(channel: $channel) { ${co} }
}`,mo=`mutation TierCreate($channel: String!, $input: ReferralTierInput!, $pay: Boolean) {
  referralTierCreate(channel: $channel, input: $input, payEntryRewards: $pay) { tier { id } placement { ${et} } ${P} }
}`,po=`mutation TierUpdate($id: ID!, $input: ReferralTierInput!, $pay: Boolean, $reason: String) {
  referralTierUpdate(id: $id, input: $input, payEntryRewards: $pay, reason: $reason) { tier { id } placement { ${et} } ${P} }
}`,fo=`mutation TierDelete($id: ID!, $reason: String!) {
  referralTierDelete(id: $id, reason: $reason) { membersMoved ${P} }
}`,$o=`mutation MilestoneCreate($channel: String!, $input: ReferralMilestoneInput!, $pay: Boolean) {
  referralMilestoneCreate(channel: $channel, input: $input, payBonuses: $pay) { milestone { id } placement { ${et} } ${P} }
}`,ho=`mutation MilestoneUpdate($id: ID!, $input: ReferralMilestoneInput!, $pay: Boolean) {
  referralMilestoneUpdate(id: $id, input: $input, payBonuses: $pay) { milestone { id } placement { ${et} } ${P} }
}`,vo=`mutation MilestoneDelete($id: ID!) { referralMilestoneDelete(id: $id) { deleted ${P} } }`,go=`query Placement($id: ID!) { referralTierPlacement(id: $id) { ${et} } }`,_o=`query TierHistory($channel: String!, $email: String!) {
  referralTierHistory(channel: $channel, advocateEmail: $email) {
    advocateEmail demoteAfter tier { name }
    changes { kind fromTier toTier convertedReferrals reason createdAt }
  }
}`,Et=(e,t)=>(e&&e.translations||[]).find(r=>r.language===t)?.name||"",yo=[["","—"],["VOUCHER",null],["STORE_CREDIT",null]],qn=()=>yo.map(([e,t])=>[e,t||C("kind",e)]);function wo(e){return{name:e?.name||"",name_fa:Et(e,"fa"),name_ar:Et(e,"ar"),rank:e?.rank??"",minReferrals:e?.minReferrals??"",minRevenue:e?.minRevenue?.amount??"",window:e?.window||"LIFETIME",windowDays:e?.windowDays??"",rewardMultiplier:e?.rewardMultiplier??"",rewardFixed:e?.rewardFixed?.amount??"",entryKind:e?.entryReward?.type||"",entryAmount:e?.entryReward?.amount?.amount??"",memberDiscountPercent:e?.memberDiscountPercent??"",earlyAccessCollections:(e?.earlyAccessCollections||[]).join(", "),earlyAccessUntil:me(e?.earlyAccessUntil),reason:"",pay:!1}}function bo(e){return{name:e.name,translations:Xe(e,"name"),rank:de(e.rank),minReferrals:de(e.minReferrals),minRevenue:z(e.minRevenue),window:e.window,windowDays:de(e.windowDays),rewardMultiplier:z(e.rewardMultiplier),rewardFixed:z(e.rewardFixed),entryReward:e.entryKind?{type:e.entryKind,amount:z(e.entryAmount)??0}:null,memberDiscountPercent:z(e.memberDiscountPercent),earlyAccessCollections:e.earlyAccessCollections.split(",").map(t=>t.trim()).filter(Boolean),earlyAccessUntil:J(e.earlyAccessUntil)}}var Eo=["name","translations","rank","minReferrals","minRevenue","window","windowDays","rewardMultiplier","rewardFixed","entryReward","memberDiscountPercent","earlyAccessCollections","earlyAccessUntil","reason"];function Ro({placement:e}){let t=S(),[r,n]=y(e);return j(()=>{if(n(e),!e)return;let s,o=async()=>{try{let l=await t.gql(go,{id:e.id});n(l.referralTierPlacement),l.referralTierPlacement&&!l.referralTierPlacement.finishedAt&&(s=setTimeout(o,1500))}catch{}};return e.finishedAt||(s=setTimeout(o,1500)),()=>clearTimeout(s)},[e&&e.id]),r?i`<p class="notice placement" role="status">
    ${a("tiers.placement",{done:r.done,total:r.total})}
    <progress max=${r.total||1} value=${r.done}></progress>
    ${r.finishedAt?a("tiers.placementDone"):""}
  </p>`:null}function Gn({tier:e,onDone:t,onCancel:r}){let n=S(),s=K(wo(e)),o=N(mo,"referralTierCreate"),l=N(po,"referralTierUpdate"),p=e?l:o,{values:u,set:c}=s;async function m(f){f.preventDefault();let $={input:bo(u),pay:u.pay},g=e?await l.run({...$,id:e.id,reason:u.reason||null}):await o.run({...$,channel:n.channel});g&&t(g.placement)}let d=p.errors;return i`<form class="entity-form" name="tier" onSubmit=${m} noValidate>
    <div class="form-grid">
      <${v} label=${a("tiers.name")} name="name" errors=${d}><${w} name="name" value=${u.name} set=${c} /><//>
      <${v} label=${a("tiers.nameFa")} name="translations" errors=${d}><${w} name="name_fa" value=${u.name_fa} set=${c} dir="rtl" /><//>
      <${v} label=${a("tiers.nameAr")} name="name_ar"><${w} name="name_ar" value=${u.name_ar} set=${c} dir="rtl" /><//>
      <${v} label=${a("tiers.rank")} name="rank" errors=${d}><${w} name="rank" type="number" value=${u.rank} set=${c} /><//>
      <${v} label=${a("tiers.minReferrals")} name="minReferrals" errors=${d}><${w} name="minReferrals" type="number" value=${u.minReferrals} set=${c} /><//>
      <${v} label=${a("tiers.minRevenue")} name="minRevenue" errors=${d}><${w} name="minRevenue" type="number" step="any" value=${u.minRevenue} set=${c} /><//>
      <${v} label=${a("tiers.window")} name="window" errors=${d}>
        <${Y} name="window" value=${u.window} set=${c} options=${["LIFETIME","ROLLING","CALENDAR_YEAR"].map(f=>[f,C("window",f)])} />
      <//>
      <${v} label=${a("tiers.windowDays")} name="windowDays" errors=${d}><${w} name="windowDays" type="number" value=${u.windowDays} set=${c} /><//>
      <${v} label=${a("tiers.rewardMultiplier")} name="rewardMultiplier" errors=${d}><${w} name="rewardMultiplier" type="number" step="any" value=${u.rewardMultiplier} set=${c} /><//>
      <${v} label=${a("tiers.rewardFixed")} name="rewardFixed" errors=${d}><${w} name="rewardFixed" type="number" step="any" value=${u.rewardFixed} set=${c} /><//>
      <${v} label=${a("tiers.entryReward")} name="entryReward" errors=${d}>
        <span class="pair">
          <${Y} name="entryKind" value=${u.entryKind} set=${c} options=${qn()} />
          <${w} name="entryAmount" type="number" step="any" value=${u.entryAmount} set=${c} />
        </span>
      <//>
      <${v} label=${a("tiers.memberDiscount")} name="memberDiscountPercent" errors=${d}><${w} name="memberDiscountPercent" type="number" step="any" value=${u.memberDiscountPercent} set=${c} /><//>
      <${v} label=${a("tiers.earlyAccess")} name="earlyAccessCollections" errors=${d} hint=${a("tiers.earlyAccessHint")}><${w} name="earlyAccessCollections" value=${u.earlyAccessCollections} set=${c} /><//>
      <${v} label=${a("tiers.earlyAccessUntil")} name="earlyAccessUntil" errors=${d}><${w} name="earlyAccessUntil" type="datetime-local" value=${u.earlyAccessUntil} set=${c} /><//>
      ${e&&i`<${v} label=${a("tiers.reason")} name="reason" errors=${d} hint=${a("tiers.reasonHint")}><${w} name="reason" value=${u.reason} set=${c} /><//>`}
    </div>
    <${ge} name="pay" value=${u.pay} set=${c} text=${a("tiers.payEntryRewards")} />
    <${H} errors=${d} fields=${Eo} />
    <div class="actions">
      <button type="submit" disabled=${p.busy}>${e?a("save"):a("tiers.create")}</button>
      ${r&&i`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function Ao({tier:e,onDone:t}){let[r,n]=y(""),s=N(fo,"referralTierDelete");return i`<form class="inline-form" onSubmit=${async o=>{o.preventDefault();let l=await s.run({id:e.id,reason:r});l&&t(l.membersMoved)}}>
    <${v} label=${a("tiers.deleteReason")} name="reason" errors=${s.errors}>
      <input name="reason" value=${r} onInput=${o=>n(o.target.value)} />
    <//>
    <${H} errors=${s.errors} fields=${["reason"]} />
    <button type="submit" class="danger">${a("delete")}</button>
  </form>`}function Co(e){return{slug:e?.slug||"",name:e?.name||"",name_fa:Et(e,"fa"),name_ar:Et(e,"ar"),referrals:e?.referrals??"",bonusKind:e?.bonus?.type||"",bonusAmount:e?.bonus?.amount?.amount??"",pay:!1}}function Kn({milestone:e,onDone:t,onCancel:r}){let n=S(),s=K(Co(e)),o=N($o,"referralMilestoneCreate"),l=N(ho,"referralMilestoneUpdate"),p=e?l:o,{values:u,set:c}=s;async function m(f){f.preventDefault();let $={slug:u.slug,name:u.name,translations:Xe(u,"name"),referrals:de(u.referrals),bonus:u.bonusKind?{type:u.bonusKind,amount:z(u.bonusAmount)??0}:null},g=e?await l.run({id:e.id,input:$,pay:u.pay}):await o.run({channel:n.channel,input:$,pay:u.pay});g&&t(g.placement)}let d=p.errors;return i`<form class="entity-form" name="milestone" onSubmit=${m} noValidate>
    <div class="form-grid">
      <${v} label=${a("milestones.slug")} name="slug" errors=${d}><${w} name="slug" value=${u.slug} set=${c} /><//>
      <${v} label=${a("tiers.name")} name="name" errors=${d}><${w} name="name" value=${u.name} set=${c} /><//>
      <${v} label=${a("tiers.nameFa")} name="translations" errors=${d}><${w} name="name_fa" value=${u.name_fa} set=${c} dir="rtl" /><//>
      <${v} label=${a("tiers.nameAr")} name="name_ar"><${w} name="name_ar" value=${u.name_ar} set=${c} dir="rtl" /><//>
      <${v} label=${a("milestones.referrals")} name="referrals" errors=${d}><${w} name="referrals" type="number" value=${u.referrals} set=${c} /><//>
      <${v} label=${a("milestones.bonus")} name="bonus" errors=${d}>
        <span class="pair">
          <${Y} name="bonusKind" value=${u.bonusKind} set=${c} options=${qn()} />
          <${w} name="bonusAmount" type="number" step="any" value=${u.bonusAmount} set=${c} />
        </span>
      <//>
    </div>
    <${ge} name="pay" value=${u.pay} set=${c} text=${a("milestones.payBonuses")} />
    <${H} errors=${d} fields=${["slug","name","translations","referrals","bonus"]} />
    <div class="actions">
      <button type="submit" disabled=${p.busy}>${e?a("save"):a("milestones.create")}</button>
      ${r&&i`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function So(){let e=S(),[t,r]=y(""),[n,s]=y(null),[o,l]=y(null);async function p(u){u.preventDefault();try{let c=await e.gql(_o,{channel:e.channel,email:t});s(c.referralTierHistory||{changes:[],none:!0}),l(null)}catch(c){l(c)}}return i`<form class="inline-form" name="tier-history" onSubmit=${p}>
      <${v} label=${a("col.advocate")} name="advocateEmail">
        <input name="advocateEmail" type="email" value=${t} onInput=${u=>r(u.target.value)} />
      <//>
      <button type="submit">${a("tiers.historyShow")}</button>
    </form>
    <${F} error=${o} />
    ${n&&(n.none?i`<${k} />`:i`<p>${a("tiers.now")}: <b>${n.tier?n.tier.name:"—"}</b>
          ${n.demoteAfter&&i`${a("list.sep")}${a("tiers.demoteAfter")} <${L} value=${n.demoteAfter} />`}</p>
        <table class="table"><thead><tr><th>${a("col.created")}</th><th>${a("col.kind")}</th><th>${a("tiers.fromTo")}</th><th>${a("tiers.converted")}</th><th>${a("col.reason")}</th></tr></thead>
        <tbody>${n.changes.map(u=>i`<tr>
          <td><${L} value=${u.createdAt} /></td><td>${C("tierChange",u.kind)}</td>
          <td>${u.fromTier||"—"} ${Oe()} ${u.toTier||"—"}</td><td class="num">${T(u.convertedReferrals)}</td>
          <td class="muted">${u.reason}</td></tr>`)}</tbody></table>`)}`}function jn(){let e=S(),{data:t,error:r,loading:n,reload:s}=U(uo,{channel:e.channel}),[o,l]=y(null),[p,u]=y(null),[c,m]=y(null),[d,f]=y(null),$=h=>b=>{l(null),u(null),m(b||null),f(h),s()};if(n&&!t)return i`<h1>${a("nav.tiers")}</h1><${M} />`;if(r)return i`<h1>${a("nav.tiers")}</h1><${F} error=${r} />`;let g=h=>[h.rewardMultiplier&&`×${T(h.rewardMultiplier)}`,h.rewardFixed&&x(h.rewardFixed),h.entryReward&&`${a("tiers.entryReward")}: ${x(h.entryReward.amount)}`,h.memberDiscountPercent&&`${T(h.memberDiscountPercent)}%`,h.earlyAccessCollections.length&&a("tiers.earlyAccess")].filter(Boolean).join(a("list.sep"));return i`<h1>${a("nav.tiers")}</h1>
    ${d&&i`<p class="notice" role="status">${d}</p>`}
    <${Ro} placement=${c} />
    <${I} title=${a("tiers.ladder")} id="tiers">
      ${t.referralTiers.length?i`<table class="table tiers-table"><thead><tr>
            <th>${a("tiers.rank")}</th><th>${a("tiers.name")}</th><th>${a("tiers.rule")}</th><th>${a("tiers.perks")}</th><th></th>
          </tr></thead><tbody>
          ${t.referralTiers.map(h=>i`<tr data-id=${h.id}>
              <td class="num">${T(h.rank)}</td><td>${h.name}</td>
              <td>${a("tiers.ruleText",{count:h.minReferrals,window:C("window",h.window)})}
                ${h.minRevenue?i`${a("list.sep")}${x(h.minRevenue)}`:""}</td>
              <td>${g(h)}</td>
              <td class="row-actions">
                <button type="button" class="secondary" name="edit" onClick=${()=>l(o===h.id?null:h.id)}>${a("edit")}</button>
                <button type="button" class="secondary" name="delete" onClick=${()=>u(p===h.id?null:h.id)}>${a("delete")}</button>
              </td>
            </tr>
            ${o===h.id&&i`<tr class="expanded"><td colspan="5"><${Gn} tier=${h} onDone=${$(a("saved"))} onCancel=${()=>l(null)} /></td></tr>`}
            ${p===h.id&&i`<tr class="expanded"><td colspan="5"><${Ao} tier=${h} onDone=${b=>$(a("tiers.deleted",{count:b||0}))()} /></td></tr>`}`)}
          </tbody></table>`:i`<${k} text=${a("tiers.none")} />`}
    <//>
    <${I} title=${a("tiers.new")} id="new-tier">
      <${Gn} key=${`new-${t.referralTiers.length}`} onDone=${$(a("tiers.created"))} />
    <//>
    <${I} title=${a("milestones.title")} id="milestones">
      ${t.referralMilestones.length?i`<table class="table milestones-table"><thead><tr>
            <th>${a("milestones.referrals")}</th><th>${a("tiers.name")}</th><th>${a("milestones.bonus")}</th><th></th></tr></thead><tbody>
            ${t.referralMilestones.map(h=>i`<tr data-id=${h.id}>
                <td class="num">${T(h.referrals)}</td><td>${h.name} <small class="muted">${h.slug}</small></td>
                <td>${h.bonus?`${C("kind",h.bonus.type)} ${x(h.bonus.amount)}`:"—"}</td>
                <td class="row-actions">
                  <button type="button" class="secondary" name="edit" onClick=${()=>l(o===h.id?null:h.id)}>${a("edit")}</button>
                  <${xo} milestone=${h} onDone=${$(a("deleted"))} />
                </td>
              </tr>
              ${o===h.id&&i`<tr class="expanded"><td colspan="4"><${Kn} milestone=${h} onDone=${$(a("saved"))} onCancel=${()=>l(null)} /></td></tr>`}`)}
          </tbody></table>`:i`<${k} />`}
      <h3>${a("milestones.new")}</h3>
      <${Kn} key=${`new-m-${t.referralMilestones.length}`} onDone=${$(a("milestones.created"))} />
    <//>
    <${I} title=${a("tiers.history")} id="tier-history"><${So} /><//>`}function xo({milestone:e,onDone:t}){let r=N(vo,"referralMilestoneDelete");return i`<button type="button" class="secondary" name="delete" disabled=${r.busy}
    onClick=${async()=>{if(!confirm(a("confirmDelete")))return;await r.run({id:e.id})&&t()}}>${a("delete")}</button>`}var Do=`id name state startsAt endsAt imageUrl copy { language title description }
  friendOffer { type value currency minSpent { amount currency } }
  advocateReward { amount { amount currency } multiplier }
  switches { kind reason createdAt }
  results { referrals converted referredRevenue { amount currency } rewardCost { amount currency } }`,Io=`query Campaigns($channel: String!) { referralCampaigns(channel: $channel) { ${Do} } }`,ko=`mutation CampaignCreate($channel: String!, $input: ReferralCampaignInput!) {
  referralCampaignCreate(channel: $channel, input: $input) { campaign { id } ${P} }
}`,To=`mutation CampaignUpdate($channel: String, $id: ID!, $input: ReferralCampaignInput!) {
  referralCampaignUpdate(channel: $channel, id: $id, input: $input) { campaign { id } ${P} }
}`,pr=["en","fa","ar"],mr=Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC";function zn(e){let t=e?new Date(e):null;return!t||Number.isNaN(t.getTime())?"":a("time.utc",{time:t.toISOString().slice(0,16).replace("T"," ")})}var Po=["name","copy","imageUrl","startsAt","endsAt","friendOffer","advocateReward"];function No(e){let t=Object.fromEntries((e?.copy||[]).map(n=>[n.language,n])),r={name:e?.name||"",imageUrl:e?.imageUrl||"",startsAt:me(e?.startsAt),endsAt:me(e?.endsAt),offerType:e?.friendOffer?.type||"",offerValue:e?.friendOffer?.value??"",offerMinSpent:e?.friendOffer?.minSpent?.amount??"",rewardAmount:e?.advocateReward?.amount?.amount??"",rewardMultiplier:e?.advocateReward?.multiplier??""};for(let n of pr)r[`title_${n}`]=t[n]?.title||"",r[`description_${n}`]=t[n]?.description||"";return r}function Jn(e){return{name:e.name,copy:pr.filter(t=>e[`title_${t}`].trim()).map(t=>({language:t,title:e[`title_${t}`].trim(),description:e[`description_${t}`]})),imageUrl:e.imageUrl||null,startsAt:J(e.startsAt),endsAt:J(e.endsAt),friendOffer:e.offerType?{type:e.offerType,value:z(e.offerValue),minSpent:z(e.offerMinSpent)}:null,advocateReward:e.rewardAmount!==""||e.rewardMultiplier!==""?{amount:z(e.rewardAmount),multiplier:z(e.rewardMultiplier)}:null}}function Qn({campaign:e,onDone:t,onCancel:r}){let n=S(),s=K(No(e)),o=N(ko,"referralCampaignCreate"),l=N(To,"referralCampaignUpdate"),p=e?l:o,{values:u,set:c}=s,m=p.errors;async function d(f){f.preventDefault(),(e?await l.run({channel:n.channel,id:e.id,input:Jn(u)}):await o.run({channel:n.channel,input:Jn(u)}))&&t()}return i`<form class="entity-form" name="campaign" onSubmit=${d} noValidate>
    <div class="form-grid">
      <${v} label=${a("campaigns.name")} name="name" errors=${m}><${w} name="name" value=${u.name} set=${c} /><//>
      <${v} label=${`${a("campaigns.startsAt")} (${a("time.zone",{zone:mr})})`} name="startsAt" errors=${m} hint=${zn(u.startsAt)}><${w} name="startsAt" type="datetime-local" value=${u.startsAt} set=${c} /><//>
      <${v} label=${`${a("campaigns.endsAt")} (${a("time.zone",{zone:mr})})`} name="endsAt" errors=${m} hint=${zn(u.endsAt)}><${w} name="endsAt" type="datetime-local" value=${u.endsAt} set=${c} /><//>
      <${v} label=${a("campaigns.imageUrl")} name="imageUrl" errors=${m}><${w} name="imageUrl" type="url" value=${u.imageUrl} set=${c} /><//>
    </div>
    <fieldset class="form-grid" data-field="copy">
      <legend>${a("campaigns.copy")}</legend>
      ${pr.map(f=>i`
        <${v} label=${`${a("campaigns.title")} (${a(`language.${f}`)})`} name=${f==="en"?"copy":`title_${f}`} errors=${f==="en"?m:[]}>
          <${w} name=${`title_${f}`} value=${u[`title_${f}`]} set=${c} dir=${f==="en"?"ltr":"rtl"} />
        <//>
        <${v} label=${`${a("campaigns.description")} (${a(`language.${f}`)})`} name=${`description_${f}`}>
          <${w} name=${`description_${f}`} value=${u[`description_${f}`]} set=${c} dir=${f==="en"?"ltr":"rtl"} />
        <//>`)}
    </fieldset>
    <div class="form-grid">
      <${v} label=${a("campaigns.friendOffer")} name="friendOffer" errors=${m}>
        <span class="pair">
          <${Y} name="offerType" value=${u.offerType} set=${c}
            options=${[["",a("campaigns.programOffer")],...["PERCENTAGE","FIXED","FREE_SHIPPING"].map(f=>[f,C("discount",f)])]} />
          <${w} name="offerValue" type="number" step="any" value=${u.offerValue} set=${c} placeholder=${a("campaigns.value")} />
          <${w} name="offerMinSpent" type="number" step="any" value=${u.offerMinSpent} set=${c} placeholder=${a("campaigns.minSpent")} />
        </span>
      <//>
      <${v} label=${a("campaigns.advocateReward")} name="advocateReward" errors=${m}>
        <span class="pair">
          <${w} name="rewardAmount" type="number" step="any" value=${u.rewardAmount} set=${c} placeholder=${a("campaigns.amount")} />
          <${w} name="rewardMultiplier" type="number" step="any" value=${u.rewardMultiplier} set=${c} placeholder=${a("campaigns.multiplier")} />
        </span>
      <//>
    </div>
    <${H} errors=${m} fields=${Po} />
    <div class="actions">
      <button type="submit" disabled=${p.busy}>${e?a("save"):a("campaigns.create")}</button>
      ${r&&i`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function Yn(){let e=S(),{data:t,error:r,loading:n,reload:s}=U(Io,{channel:e.channel}),[o,l]=y(null),[p,u]=y(null),c=m=>()=>{l(null),u(m),s()};return n&&!t?i`<h1>${a("nav.campaigns")}</h1><${M} />`:r?i`<h1>${a("nav.campaigns")}</h1><${F} error=${r} />`:i`<h1>${a("nav.campaigns")}</h1>
    ${p&&i`<p class="notice" role="status">${p}</p>`}
    <${I} title=${a("nav.campaigns")} id="campaigns">
      ${t.referralCampaigns.length?i`<table class="table campaigns-table"><thead><tr>
            <th>${a("campaigns.name")}</th><th>${a("col.status")}</th><th>${a("campaigns.window")} <small class="muted">(${mr})</small></th>
            <th>${a("campaigns.results")}</th><th></th></tr></thead><tbody>
          ${t.referralCampaigns.map(m=>i`<tr data-id=${m.id}>
              <td>${m.name}</td>
              <td><${te} value=${m.state} /></td>
              <td><${L} value=${m.startsAt} /> – <${L} value=${m.endsAt} /></td>
              <td>${m.results?i`${a("campaigns.resultsText",{referrals:m.results.referrals,converted:m.results.converted})}<br />
                  <small>${x(m.results.referredRevenue)} / ${x(m.results.rewardCost)}</small>`:"—"}</td>
              <td class="row-actions">${m.state!=="ENDED"&&i`<button type="button" class="secondary" name="edit" onClick=${()=>l(o===m.id?null:m.id)}>${a("edit")}</button>`}</td>
            </tr>
            ${o===m.id&&i`<tr class="expanded"><td colspan="5">
              <${Qn} campaign=${m} onDone=${c(a("saved"))} onCancel=${()=>l(null)} />
              ${m.switches&&m.switches.length>0&&i`<h3>${a("campaigns.switches")}</h3>
                <ul class="plain">${m.switches.map(d=>i`<li><${L} value=${d.createdAt} /> ${C("switch",d.kind)} <span class="muted">${d.reason}</span></li>`)}</ul>`}
            </td></tr>`}`)}
          </tbody></table>`:i`<${k} text=${a("campaigns.none")} />`}
    <//>
    <${I} title=${a("campaigns.new")} id="new-campaign">
      <${Qn} key=${`new-${t.referralCampaigns.length}`} onDone=${c(a("campaigns.created"))} />
    <//>`}var Oo=`id method position kind amount { amount currency } description winnerName winnerEmail
  winnerReferrals rewardStatus fulfilledAt fulfilledBy`,Fo=`id name translations { language name } startsAt endsAt decideAfter minReferrals state seed decidedAt decidedBy
  entrants prizeCost { amount currency } referredRevenue { amount currency } prizes { ${Oo} }`,Lo=`query Contests($channel: String!) { referralContests(channel: $channel) { ${Fo} } }`,Uo=`query Standings($channel: String!, $contest: ID!) {
  referralLeaderboard(channel: $channel, contest: $contest, first: 20) { rank name convertedReferrals }
}`,Mo=`mutation ContestCreate($channel: String!, $input: ReferralContestInput!) {
  referralContestCreate(channel: $channel, input: $input) { contest { id } ${P} }
}`,Ho=`mutation ContestUpdate($channel: String, $id: ID!, $input: ReferralContestInput!) {
  referralContestUpdate(channel: $channel, id: $id, input: $input) { contest { id } ${P} }
}`,Wo=`mutation ContestDecide($channel: String, $id: ID!, $seed: String) {
  referralContestDecide(channel: $channel, id: $id, seed: $seed) { contest { id state } ${P} }
}`,Vo=`mutation PrizeFulfil($channel: String, $id: ID!, $note: String) {
  referralContestPrizeFulfil(channel: $channel, id: $id, note: $note) { prize { id fulfilledAt } ${P} }
}`,Bo=["name","translations","startsAt","endsAt","minReferrals","prizes"],Xn=()=>({method:"RANK",kind:"VOUCHER",amount:"",description:""}),Zn=(e,t)=>(e?.translations||[]).find(r=>r.language===t)?.name||"";function ea({contest:e,onDone:t,onCancel:r}){let n=S(),s=K({name:e?.name||"",name_fa:Zn(e,"fa"),name_ar:Zn(e,"ar"),startsAt:me(e?.startsAt),endsAt:me(e?.endsAt),minReferrals:e?.minReferrals??""}),[o,l]=y(e?e.prizes.map(h=>({method:h.method,kind:h.kind,amount:h.amount.amount,description:h.description})):[Xn()]),p=N(Mo,"referralContestCreate"),u=N(Ho,"referralContestUpdate"),c=e?u:p,{values:m,set:d}=s,f=c.errors,$=(h,b,_)=>l(o.map((E,O)=>O===h?{...E,[b]:_}:E));async function g(h){h.preventDefault();let b={name:m.name,translations:Xe(m,"name"),startsAt:J(m.startsAt),endsAt:J(m.endsAt),minReferrals:de(m.minReferrals),prizes:o.map(E=>({method:E.method,kind:E.kind,amount:z(E.amount),description:E.description}))};(e?await u.run({channel:n.channel,id:e.id,input:b}):await p.run({channel:n.channel,input:b}))&&t()}return i`<form class="entity-form" name="contest" onSubmit=${g} noValidate>
    <div class="form-grid">
      <${v} label=${a("contests.name")} name="name" errors=${f}><${w} name="name" value=${m.name} set=${d} /><//>
      <${v} label=${a("tiers.nameFa")} name="translations" errors=${f}><${w} name="name_fa" value=${m.name_fa} set=${d} dir="rtl" /><//>
      <${v} label=${a("tiers.nameAr")} name="name_ar"><${w} name="name_ar" value=${m.name_ar} set=${d} dir="rtl" /><//>
      <${v} label=${a("campaigns.startsAt")} name="startsAt" errors=${f}><${w} name="startsAt" type="datetime-local" value=${m.startsAt} set=${d} /><//>
      <${v} label=${a("campaigns.endsAt")} name="endsAt" errors=${f}><${w} name="endsAt" type="datetime-local" value=${m.endsAt} set=${d} /><//>
      <${v} label=${a("contests.minReferrals")} name="minReferrals" errors=${f}><${w} name="minReferrals" type="number" value=${m.minReferrals} set=${d} /><//>
    </div>
    <${v} label=${a("contests.prizes")} name="prizes" errors=${f}>
      <div class="prizes">
        ${o.map((h,b)=>i`<div class="pair prize" data-prize=${b}>
          <select name=${`prize-method-${b}`} onChange=${_=>$(b,"method",_.target.value)}>
            ${["RANK","DRAW"].map(_=>i`<option value=${_} selected=${h.method===_}>${C("method",_)}</option>`)}
          </select>
          <select name=${`prize-kind-${b}`} onChange=${_=>$(b,"kind",_.target.value)}>
            ${["VOUCHER","STORE_CREDIT","PHYSICAL"].map(_=>i`<option value=${_} selected=${h.kind===_}>${C("kind",_)}</option>`)}
          </select>
          <input name=${`prize-amount-${b}`} type="number" step="any" placeholder=${a("campaigns.amount")} value=${h.amount} onInput=${_=>$(b,"amount",_.target.value)} />
          <input name=${`prize-description-${b}`} placeholder=${a("contests.description")} value=${h.description} onInput=${_=>$(b,"description",_.target.value)} />
          <button type="button" class="secondary" onClick=${()=>l(o.filter((_,E)=>E!==b))}>×</button>
        </div>`)}
        <button type="button" class="secondary" name="add-prize" onClick=${()=>l([...o,Xn()])}>${a("contests.addPrize")}</button>
      </div>
    <//>
    <${H} errors=${f} fields=${Bo} />
    <div class="actions">
      <button type="submit" disabled=${c.busy}>${e?a("save"):a("contests.create")}</button>
      ${r&&i`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function Go({contest:e}){let t=S(),{data:r,error:n,loading:s}=U(Uo,{channel:t.channel,contest:e.id},[e.id]);if(s)return i`<${M} />`;if(n)return i`<${F} error=${n} />`;let o=r.referralLeaderboard||[];return o.length?i`<ol class="leaderboard standings">${o.map(l=>i`<li><span>${l.name||a("anonymous")}</span><b class="num">${T(l.convertedReferrals)}</b></li>`)}</ol>`:i`<${k} />`}function Ko({contest:e,onDone:t}){let r=S(),[n,s]=y(""),o=N(Wo,"referralContestDecide");return i`<form class="inline-form" name="decide" onSubmit=${async l=>{l.preventDefault(),await o.run({channel:r.channel,id:e.id,seed:n||null})&&t()}}>
    <${v} label=${a("contests.seed")} name="seed" errors=${o.errors} hint=${a("contests.seedHint")}>
      <input name="seed" value=${n} onInput=${l=>s(l.target.value)} />
    <//>
    <${H} errors=${o.errors} fields=${["seed"]} />
    <button type="submit" name="decide" disabled=${o.busy}>${a("contests.decide")}</button>
  </form>`}function qo({prize:e,onDone:t}){let r=S(),[n,s]=y(""),o=N(Vo,"referralContestPrizeFulfil");return i`<form class="inline-form fulfil-form" data-prize=${e.id} onSubmit=${async l=>{l.preventDefault(),await o.run({channel:r.channel,id:e.id,note:n||null})&&t()}}>
    <input name="note" placeholder=${a("contests.note")} value=${n} onInput=${l=>s(l.target.value)} />
    <button type="submit" name="fulfil" disabled=${o.busy}>${a("contests.fulfil")}</button>
    <${H} errors=${o.errors} fields=${[]} />
  </form>`}function jo({contest:e,onChanged:t}){return i`<table class="table prizes-table"><thead><tr>
    <th>#</th><th>${a("contests.method")}</th><th>${a("col.kind")}</th><th>${a("col.amount")}</th><th>${a("contests.winner")}</th><th>${a("contests.fulfilled")}</th></tr></thead>
    <tbody>${e.prizes.map(r=>i`<tr data-id=${r.id}>
      <td class="num">${T(r.position)}</td><td>${C("method",r.method)}</td>
      <td>${C("kind",r.kind)} <small class="muted">${r.description}</small></td>
      <td>${x(r.amount)}</td>
      <td>${r.winnerEmail?i`${r.winnerName||""} <small>${r.winnerEmail}</small>${a("list.sep")}${T(r.winnerReferrals)}`:"—"}</td>
      <td>${r.fulfilledAt?i`<${L} value=${r.fulfilledAt} /> <small class="muted">${r.fulfilledBy}</small>`:r.kind==="PHYSICAL"&&r.winnerEmail?i`<${qo} prize=${r} onDone=${t} />`:r.rewardStatus?C("status",r.rewardStatus.toUpperCase()):"—"}</td>
    </tr>`)}</tbody></table>`}function ta(){let e=S(),{data:t,error:r,loading:n,reload:s}=U(Lo,{channel:e.channel}),[o,l]=y(null),[p,u]=y(null),[c,m]=y(null),d=f=>()=>{u(null),m(f),s()};return n&&!t?i`<h1>${a("nav.contests")}</h1><${M} />`:r?i`<h1>${a("nav.contests")}</h1><${F} error=${r} />`:i`<h1>${a("nav.contests")}</h1>
    ${c&&i`<p class="notice" role="status">${c}</p>`}
    <${I} title=${a("nav.contests")} id="contests">
      ${t.referralContests.length?i`<ul class="contest-list">${t.referralContests.map(f=>i`<li class="card contest" data-id=${f.id}>
            <header class="queue-head">
              <b>${f.name}</b> <${te} value=${f.state} />
              <span><${L} value=${f.startsAt} /> – <${L} value=${f.endsAt} /></span>
              <span class="muted">${a("contests.threshold",{count:f.minReferrals})}</span>
              ${f.entrants!==null&&i`<span>${a("contests.entrants",{count:f.entrants})}</span>`}
              ${f.prizeCost&&i`<span>${x(f.prizeCost)} / ${x(f.referredRevenue)}</span>`}
              <button type="button" class="secondary" name="open" onClick=${()=>l(o===f.id?null:f.id)}>${a("contests.details")}</button>
              ${f.state==="OPEN"&&i`<button type="button" class="secondary" name="edit" onClick=${()=>u(p===f.id?null:f.id)}>${a("edit")}</button>`}
            </header>
            ${p===f.id&&i`<${ea} contest=${f} onDone=${d(a("saved"))} onCancel=${()=>u(null)} />`}
            ${o===f.id&&i`<div class="details">
              <div><h3>${a("contests.standings")}</h3><${Go} contest=${f} /></div>
              <div><h3>${a("contests.prizes")}</h3><${jo} contest=${f} onChanged=${d(a("contests.fulfilledNotice"))} />
                ${f.state==="OPEN"?i`<${Ko} contest=${f} onDone=${d(a("contests.decided"))} />`:i`<p class="muted">${a("contests.decidedBy",{who:f.decidedBy||"",seed:f.seed||""})}</p>`}
              </div>
            </div>`}
          </li>`)}</ul>`:i`<${k} text=${a("contests.none")} />`}
    <//>
    <${I} title=${a("contests.new")} id="new-contest">
      <${ea} key=${`new-${t.referralContests.length}`} onDone=${d(a("contests.created"))} />
    <//>`}var zo=`id name description url imageUrl goal { amount currency } donatePerReferral { amount currency } isActive
  raised { amount currency } pending { amount currency } paidOut { amount currency } shortfall { amount currency } donations progress`,Jo=`query Causes($channel: String!) { referralCauses(channel: $channel) { ${zo} } }`,Qo=`mutation CauseCreate($channel: String!, $input: ReferralCauseInput!) {
  referralCauseCreate(channel: $channel, input: $input) { cause { id } ${P} }
}`,Yo=`mutation CauseUpdate($id: ID!, $input: ReferralCauseInput!) {
  referralCauseUpdate(id: $id, input: $input) { cause { id } ${P} }
}`,Xo=`mutation Payout($cause: ID!, $reference: String) {
  referralDonationPayoutRecord(cause: $cause, reference: $reference) {
    payout { amount { amount currency } reference donations createdAt } ${P}
  }
}`,Zo=["name","description","url","imageUrl","goal","donatePerReferral","isActive"];function ra({cause:e,onDone:t,onCancel:r}){let n=S(),s=K({name:e?.name||"",description:e?.description||"",url:e?.url||"",imageUrl:e?.imageUrl||"",goal:e?.goal?.amount??"",donatePerReferral:e?.donatePerReferral?.amount??"",isActive:e?e.isActive:!0}),o=N(Qo,"referralCauseCreate"),l=N(Yo,"referralCauseUpdate"),p=e?l:o,{values:u,set:c}=s,m=p.errors;async function d(f){f.preventDefault();let $={name:u.name,description:u.description,url:u.url||null,imageUrl:u.imageUrl||null,goal:z(u.goal),donatePerReferral:z(u.donatePerReferral),isActive:u.isActive};(e?await l.run({id:e.id,input:$}):await o.run({channel:n.channel,input:$}))&&t()}return i`<form class="entity-form" name="cause" onSubmit=${d} noValidate>
    <div class="form-grid">
      <${v} label=${a("causes.name")} name="name" errors=${m}><${w} name="name" value=${u.name} set=${c} /><//>
      <${v} label=${a("causes.description")} name="description" errors=${m}><${w} name="description" value=${u.description} set=${c} /><//>
      <${v} label=${a("causes.url")} name="url" errors=${m}><${w} name="url" type="url" value=${u.url} set=${c} /><//>
      <${v} label=${a("campaigns.imageUrl")} name="imageUrl" errors=${m}><${w} name="imageUrl" type="url" value=${u.imageUrl} set=${c} /><//>
      <${v} label=${a("causes.goal")} name="goal" errors=${m}><${w} name="goal" type="number" step="any" value=${u.goal} set=${c} /><//>
      <${v} label=${a("causes.perReferral")} name="donatePerReferral" errors=${m}><${w} name="donatePerReferral" type="number" step="any" value=${u.donatePerReferral} set=${c} /><//>
    </div>
    <${ge} name="isActive" value=${u.isActive} set=${c} text=${a("active")} />
    <${H} errors=${m} fields=${Zo} />
    <div class="actions">
      <button type="submit" disabled=${p.busy}>${e?a("save"):a("causes.create")}</button>
      ${r&&i`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function ei({cause:e,onDone:t}){let[r,n]=y(""),s=N(Xo,"referralDonationPayoutRecord");return i`<form class="inline-form payout-form" data-cause=${e.id} onSubmit=${async o=>{o.preventDefault();let l=await s.run({cause:e.id,reference:r||null});l&&t(l.payout)}}>
    <${v} label=${a("causes.reference")} name="reference" errors=${s.errors}>
      <input name="reference" value=${r} onInput=${o=>n(o.target.value)} />
    <//>
    <${H} errors=${s.errors} fields=${["reference"]} />
    <button type="submit" name="payout" disabled=${s.busy}>${a("causes.recordPayout")}</button>
  </form>`}function na(){let e=S(),{data:t,error:r,loading:n,reload:s}=U(Jo,{channel:e.channel}),[o,l]=y(null),[p,u]=y(null),[c,m]=y(null),d=f=>()=>{l(null),u(null),m(f),s()};return n&&!t?i`<h1>${a("nav.causes")}</h1><${M} />`:r?i`<h1>${a("nav.causes")}</h1><${F} error=${r} />`:i`<h1>${a("nav.causes")}</h1>
    ${c&&i`<p class="notice" role="status">${c}</p>`}
    <${I} title=${a("nav.causes")} id="causes">
      ${t.referralCauses.length?i`<table class="table causes-table"><thead><tr>
            <th>${a("causes.name")}</th><th>${a("causes.raised")}</th><th>${a("causes.pending")}</th><th>${a("causes.paidOut")}</th>
            <th>${a("causes.shortfall")}</th><th>${a("causes.donations")}</th><th>${a("causes.progress")}</th><th></th></tr></thead><tbody>
          ${t.referralCauses.map(f=>i`<tr data-id=${f.id}>
              <td>${f.name}${f.isActive?"":i` <small class="muted">(${a("inactive")})</small>`}</td>
              <td class="num">${x(f.raised)}</td><td class="num">${x(f.pending)}</td>
              <td class="num" data-field="paidOut">${x(f.paidOut)}</td><td class="num">${x(f.shortfall)}</td>
              <td class="num">${T(f.donations)}</td>
              <td>${f.progress===null?"—":i`<progress max="1" value=${Math.min(f.progress,1)}></progress> ${he(f.progress)}`}</td>
              <td class="row-actions">
                <button type="button" class="secondary" name="edit" onClick=${()=>l(o===f.id?null:f.id)}>${a("edit")}</button>
                <button type="button" class="secondary" name="open-payout" onClick=${()=>u(p===f.id?null:f.id)}>${a("causes.recordPayout")}…</button>
              </td>
            </tr>
            ${o===f.id&&i`<tr class="expanded"><td colspan="8"><${ra} cause=${f} onDone=${d(a("saved"))} onCancel=${()=>l(null)} /></td></tr>`}
            ${p===f.id&&i`<tr class="expanded"><td colspan="8">
              <p class="muted">${a("causes.payoutIntro",{amount:x(f.pending)})}</p>
              <${ei} cause=${f} onDone=${$=>d(a("causes.paid",{amount:x($.amount)}))()} />
            </td></tr>`}`)}
          </tbody></table>`:i`<${k} text=${a("causes.none")} />`}
    <//>
    <${I} title=${a("causes.new")} id="new-cause">
      <${ra} key=${`new-${t.referralCauses.length}`} onDone=${d(a("causes.created"))} />
    <//>`}var ti=`id name description startsAt capacity seatsLeft minTier { id name } guestPassesPerMember isActive
  cost { amount currency } invitedMembers passesRedeemed`,ri=`query Events($channel: String!) {
  referralEvents(channel: $channel) { ${ti} }
  referralTiers(channel: $channel) { id name }
}`,ni=`mutation EventCreate($channel: String!, $input: ReferralEventInput!, $invite: Boolean) {
  referralEventCreate(channel: $channel, input: $input, inviteMembers: $invite) { event { id } ${P} }
}`,ai=`mutation EventUpdate($id: ID!, $input: ReferralEventInput!, $invite: Boolean) {
  referralEventUpdate(id: $id, input: $input, inviteMembers: $invite) { event { id } ${P} }
}`,si=["name","description","startsAt","capacity","minTier","guestPassesPerMember","cost","isActive"];function aa({event:e,tiers:t,onDone:r,onCancel:n}){let s=S(),o=K({name:e?.name||"",description:e?.description||"",startsAt:me(e?.startsAt),capacity:e?.capacity??"",minTier:e?.minTier?.id||"",guestPassesPerMember:e?.guestPassesPerMember??"",cost:e?.cost?.amount??"",isActive:e?e.isActive:!0,invite:!e}),l=N(ni,"referralEventCreate"),p=N(ai,"referralEventUpdate"),u=e?p:l,{values:c,set:m}=o,d=u.errors;async function f($){$.preventDefault();let g={name:c.name,description:c.description,startsAt:J(c.startsAt),capacity:de(c.capacity),minTier:c.minTier||null,guestPassesPerMember:de(c.guestPassesPerMember),cost:z(c.cost),isActive:c.isActive};(e?await p.run({id:e.id,input:g,invite:c.invite}):await l.run({channel:s.channel,input:g,invite:c.invite}))&&r()}return i`<form class="entity-form" name="event" onSubmit=${f} noValidate>
    <div class="form-grid">
      <${v} label=${a("events.name")} name="name" errors=${d}><${w} name="name" value=${c.name} set=${m} /><//>
      <${v} label=${a("causes.description")} name="description" errors=${d}><${w} name="description" value=${c.description} set=${m} /><//>
      <${v} label=${a("events.startsAt")} name="startsAt" errors=${d}><${w} name="startsAt" type="datetime-local" value=${c.startsAt} set=${m} /><//>
      <${v} label=${a("events.capacity")} name="capacity" errors=${d}><${w} name="capacity" type="number" value=${c.capacity} set=${m} /><//>
      <${v} label=${a("events.minTier")} name="minTier" errors=${d}>
        <${Y} name="minTier" value=${c.minTier} set=${m} options=${[["",a("events.everyone")],...t.map($=>[$.id,$.name])]} />
      <//>
      <${v} label=${a("events.passes")} name="guestPassesPerMember" errors=${d}><${w} name="guestPassesPerMember" type="number" value=${c.guestPassesPerMember} set=${m} /><//>
      <${v} label=${a("events.cost")} name="cost" errors=${d}><${w} name="cost" type="number" step="any" value=${c.cost} set=${m} /><//>
    </div>
    <${ge} name="isActive" value=${c.isActive} set=${m} text=${a("active")} />
    <${ge} name="invite" value=${c.invite} set=${m} text=${a("events.invite")} />
    <${H} errors=${d} fields=${si} />
    <div class="actions">
      <button type="submit" disabled=${u.busy}>${e?a("save"):a("events.create")}</button>
      ${n&&i`<button type="button" class="secondary" onClick=${n}>${a("cancel")}</button>`}
    </div>
  </form>`}function sa(){let e=S(),{data:t,error:r,loading:n,reload:s}=U(ri,{channel:e.channel}),[o,l]=y(null),[p,u]=y(null),c=m=>()=>{l(null),u(m),s()};return n&&!t?i`<h1>${a("nav.events")}</h1><${M} />`:r?i`<h1>${a("nav.events")}</h1><${F} error=${r} />`:i`<h1>${a("nav.events")}</h1>
    ${p&&i`<p class="notice" role="status">${p}</p>`}
    <${I} title=${a("nav.events")} id="events">
      ${t.referralEvents.length?i`<table class="table events-table"><thead><tr>
            <th>${a("events.name")}</th><th>${a("events.startsAt")}</th><th>${a("events.seats")}</th><th>${a("events.minTier")}</th>
            <th>${a("events.invited")}</th><th>${a("events.redeemed")}</th><th>${a("events.cost")}</th><th></th></tr></thead><tbody>
          ${t.referralEvents.map(m=>i`<tr data-id=${m.id}>
              <td>${m.name}${m.isActive?"":i` <small class="muted">(${a("inactive")})</small>`}</td>
              <td><${L} value=${m.startsAt} /></td>
              <td class="num">${T(m.seatsLeft)} / ${T(m.capacity)}</td>
              <td>${m.minTier?m.minTier.name:a("events.everyone")}</td>
              <td class="num">${m.invitedMembers===null?"—":T(m.invitedMembers)}</td>
              <td class="num">${T(m.passesRedeemed)}</td>
              <td>${m.cost?x(m.cost):"—"}</td>
              <td class="row-actions"><button type="button" class="secondary" name="edit" onClick=${()=>l(o===m.id?null:m.id)}>${a("edit")}</button></td>
            </tr>
            ${o===m.id&&i`<tr class="expanded"><td colspan="8"><${aa} event=${m} tiers=${t.referralTiers} onDone=${c(a("saved"))} onCancel=${()=>l(null)} /></td></tr>`}`)}
          </tbody></table>`:i`<${k} text=${a("events.none")} />`}
    <//>
    <${I} title=${a("events.new")} id="new-event">
      <${aa} key=${`new-${t.referralEvents.length}`} tiers=${t.referralTiers} onDone=${c(a("events.created"))} />
    <//>`}var oi=`query Customer($channel: String!, $id: ID!) {
  referralCustomer(channel: $channel, id: $id) {
    code shareUrl memberDiscountCode tierAtRiskUntil
    stats { visits friends orders pending qualified rewarded earned { amount currency } }
    tier { name } nextTier { tier { name } referralsNeeded }
    badges { slug name earnedAt }
  }
  referrals(channel: $channel, filter: {customer: $id}, first: 50) { totalCount edges { node { ${Re} } } }
  referralRewards(channel: $channel, filter: {customer: $id}, first: 50) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${bt} } }
  }
}`,ii=`query OrderReferral($channel: String!, $order: ID!) {
  referrals(channel: $channel, filter: {order: $order}, first: 5) { totalCount edges { node { ${Re} } } }
}`;function oa(e,t,r){for(let n of t){let s=e.get(n);if(s){if(n!=="id")return s;try{if(atob(s).startsWith(`${r}:`))return s}catch{}}}return null}function li({connection:e,onChanged:t}){let[r,n]=y(null);return e.edges.length?i`<table class="table referrals-table"><${wt} /><tbody>
    ${e.edges.map(({node:s})=>i`<${yt} referral=${s} open=${r===s.id}
        onToggle=${()=>n(r===s.id?null:s.id)}>
        <${Ae} referral=${s} />
        ${["FLAGGED","PENDING","QUALIFIED"].includes(s.status)&&i`<${Ce} referral=${s} onDone=${t} />`}
      <//>`)}
  </tbody></table>`:i`<${k} />`}function Rt({title:e,value:t}){return i`<div class="kpi"><span class="kpi-title">${e}</span><strong class="num">${t}</strong></div>`}function ia({query:e}){let t=S(),r=oa(e,["customerId","customer","id"],"User"),{data:n,error:s,loading:o,reload:l}=U(oi,{channel:t.channel,id:r||""},[r]);if(!r)return i`<h1>${a("customer.title")}</h1><${k} text=${a("customer.missing")} />`;if(o&&!n)return i`<h1>${a("customer.title")}</h1><${M} />`;if(s)return i`<h1>${a("customer.title")}</h1><${F} error=${s} />`;let p=n.referralCustomer;return p?i`<h1>${a("customer.title")}</h1>
    <div class="kpis">
      <${Rt} title=${a("customer.code")} value=${p.code||"—"} />
      <${Rt} title=${a("col.tier")} value=${p.tier?p.tier.name:"—"} />
      <${Rt} title=${a("customer.friends")} value=${T(p.stats.friends)} />
      <${Rt} title=${a("customer.earned")} value=${x(p.stats.earned)} />
    </div>
    <p class="muted">
      ${a("customer.statsText",{visits:p.stats.visits,orders:p.stats.orders,pending:p.stats.pending,rewarded:p.stats.rewarded})}
      ${p.nextTier&&i`${a("list.sep")}${a("customer.nextTier",{tier:p.nextTier.tier.name,count:p.nextTier.referralsNeeded})}`}
      ${p.tierAtRiskUntil&&i`${a("list.sep")}${a("customer.atRisk")} <${L} value=${p.tierAtRiskUntil} />`}
      ${p.memberDiscountCode&&i`${a("list.sep")}${a("customer.memberCode")} <code>${p.memberDiscountCode}</code>`}
    </p>
    ${p.badges.length>0&&i`<p class="badges">${p.badges.map(u=>i`<span class="badge">${u.name}</span>`)}</p>`}
    <${I} title=${a("customer.referrals",{count:n.referrals.totalCount})} id="customer-referrals">
      <${li} connection=${n.referrals} onChanged=${l} />
    <//>
    <${I} title=${a("customer.rewards",{count:n.referralRewards.totalCount})} id="customer-rewards">
      <${dr} connection=${n.referralRewards} onChanged=${l} />
    <//>`:i`<h1>${a("customer.title")}</h1><${k} text=${a("customer.none")} />`}function la({query:e}){let t=S(),r=oa(e,["orderId","order","id"],"Order"),{data:n,error:s,loading:o,reload:l}=U(ii,{channel:t.channel,order:r||""},[r]);if(!r)return i`<h1>${a("order.title")}</h1><${k} text=${a("order.missing")} />`;if(o&&!n)return i`<h1>${a("order.title")}</h1><${M} />`;if(s)return i`<h1>${a("order.title")}</h1><${F} error=${s} />`;let p=n.referrals.edges[0]&&n.referrals.edges[0].node;return p?i`<h1>${a("order.title")}</h1>
    <div class="card order-referral" data-id=${p.id}>
      <p><${te} value=${p.status} /> ${p.statusReason}</p>
      <p>${a("col.advocate")}: <b>${p.advocateEmail}</b> (${p.code})${a("list.sep")}${a("col.friend")}: <b>${p.friendEmail||p.friendName}</b></p>
      <${Ae} referral=${p} />
      ${["FLAGGED","PENDING","QUALIFIED"].includes(p.status)&&i`<${Ce} referral=${p} onDone=${l} />`}
    </div>`:i`<h1>${a("order.title")}</h1><${k} text=${a("order.none")} />`}var ci=["REFERRALS","REWARDS","DONATIONS","FUNNEL"],ca=`id kind status statusReason progress rowsDone rowsTotal url requestedBy createdAt finishedAt
  periodStart periodEnd`,ui=`query Exports($channel: String!) {
  referralExportFiles(channel: $channel, first: 20) { ${ca} }
  referralCampaigns(channel: $channel) { id name }
}`,di=`mutation Export($channel: String!, $kind: ReferralExportKindEnum!, $period: ReferralExportPeriodInput, $campaign: ID) {
  referralExport(channel: $channel, kind: $kind, period: $period, campaign: $campaign) {
    exportFile { ${ca} } ${P}
  }
}`,mi=new Set(["PENDING","RUNNING"]);function pi({campaigns:e,onDone:t}){let r=S(),n=K({kind:"REFERRALS",from:"",to:"",campaign:""}),s=N(di,"referralExport"),{values:o,set:l}=n;async function p(u){u.preventDefault();let c=o.from||o.to?{gte:J(o.from),lte:J(o.to)}:null,m=await s.run({channel:r.channel,kind:o.kind,period:c,campaign:o.campaign||null});m&&t(m.exportFile)}return i`<form class="inline-form" name="export" onSubmit=${p} noValidate>
    <${v} label=${a("exports.kind")} name="kind" errors=${s.errors}>
      <${Y} name="kind" value=${o.kind} set=${l} options=${ci.map(u=>[u,C("export",u)])} />
    <//>
    <${v} label=${a("filter.from")} name="period" errors=${s.errors}>
      <${w} name="from" type="datetime-local" value=${o.from} set=${l} />
    <//>
    <${v} label=${a("filter.to")} name="to">
      <${w} name="to" type="datetime-local" value=${o.to} set=${l} />
    <//>
    <${v} label=${a("exports.campaign")} name="campaign" errors=${s.errors}>
      <${Y} name="campaign" value=${o.campaign} set=${l}
        options=${[["",a("all")],...e.map(u=>[u.id,u.name])]} />
    <//>
    <${H} errors=${s.errors} fields=${["kind","period","campaign"]} />
    <button type="submit" disabled=${s.busy}>${a("exports.request")}</button>
  </form>`}function fi({file:e}){return e.status==="SUCCESS"?i`<span>${a("exports.rows",{count:e.rowsDone})}</span>`:e.progress===null?i`<span class="muted">${a("exports.counting")}</span>`:i`<span><progress max="1" value=${e.progress}></progress> ${he(e.progress)}
    <small class="muted">${T(e.rowsDone)} / ${T(e.rowsTotal??0)}</small></span>`}function ua(){let e=S(),{data:t,error:r,loading:n,reload:s}=U(ui,{channel:e.channel}),[o,l]=y(null),p=!!t&&t.referralExportFiles.some(u=>mi.has(u.status));return j(()=>{if(!p)return;let u=setTimeout(s,1500);return()=>clearTimeout(u)},[p,t]),n&&!t?i`<h1>${a("nav.exports")}</h1><${M} />`:r?i`<h1>${a("nav.exports")}</h1><${F} error=${r} />`:i`<h1>${a("nav.exports")}</h1>
    ${o&&i`<p class="notice" role="status">${o}</p>`}
    <${I} title=${a("exports.new")} id="new-export">
      <p class="muted">${a("exports.intro")}</p>
      <${pi} campaigns=${t.referralCampaigns} onDone=${()=>{l(a("exports.requested")),s()}} />
    <//>
    <${I} title=${a("exports.files")} id="exports">
      ${t.referralExportFiles.length?i`<table class="table exports-table"><thead><tr>
            <th>${a("col.created")}</th><th>${a("exports.kind")}</th><th>${a("col.status")}</th><th>${a("exports.progress")}</th>
            <th>${a("exports.by")}</th><th></th></tr></thead><tbody>
          ${t.referralExportFiles.map(u=>i`<tr data-id=${u.id} data-status=${u.status}>
            <td><${L} value=${u.createdAt} /></td>
            <td>${C("export",u.kind)}${u.periodStart||u.periodEnd?i`<br /><small class="muted"><${L} value=${u.periodStart} time=${!1} /> – <${L} value=${u.periodEnd} time=${!1} /></small>`:""}</td>
            <td><${te} value=${u.status} />${u.status==="FAILED"?i`<br /><small class="muted">${u.statusReason}</small>`:""}</td>
            <td><${fi} file=${u} /></td>
            <td class="muted">${u.requestedBy}</td>
            <td>${u.url?i`<a class="download" href=${u.url} download>${a("exports.download")}</a>`:""}</td>
          </tr>`)}
          </tbody></table>`:i`<${k} text=${a("exports.none")} />`}
    <//>`}var At={overview:Mn,review:Hn,referrals:Vn,rewards:Bn,tiers:jn,campaigns:Yn,contests:ta,causes:na,events:sa,exports:ua,customer:ia,order:la},da=["overview","review","referrals","rewards","tiers","campaigns","contests","causes","events","exports"];var $i="query Channels { channels { slug name } }";function ma(e,t){let[r,n]=y(null);return j(()=>{e($i).then(s=>n((s.channels||[]).map(o=>({...o,active:t[o.slug]===!0}))),()=>n([]))},[e]),r}function pa(e,t){let r=(e||[]).find(n=>n.slug===t);return r?r.name:t}function hi(e,t){let r=new URL(location.href),n=r.pathname.startsWith(e.base)?r.pathname.slice(e.base.length):"";r.pathname=e.shopBase+n,r.searchParams.set("channel",t);let s=yn();return s&&r.searchParams.set(ar,s),r.toString()}async function vi(e,t){let r;try{r=await fetch(e,{credentials:"same-origin",headers:{Accept:"text/html"}})}catch(n){t({status:0,url:e,reason:String(n.message||n)});return}if(!r.ok){t({status:r.status,url:e,reason:(await r.text()).slice(0,300)});return}location.assign(e)}function fa({channels:e,channel:t,config:r,onError:n}){return!e||e.length<2?null:i`<label class="channel-switch">
    <span class="field-label">${a("channel.label")}</span>
    <select name="channel" onChange=${s=>vi(hi(r,s.target.value),n)}>
      ${e.map(s=>i`<option value=${s.slug} selected=${s.slug===t} data-active=${String(s.active)}
          title=${a(s.active?"channel.titleActive":"channel.titleInactive",{name:s.name})}>
          ${a(s.active?"channel.optionActive":"channel.optionInactive",{name:s.name})}
        </option>`)}
    </select>
  </label>`}function fr({config:e,bridge:t,children:r}){let n=e.settingsPath,s=e.dashboardUrl?`${e.dashboardUrl}${n}`:n;function o(l){!t||!t.current||l.ctrlKey||l.metaKey||(l.preventDefault(),t.current.dispatch(Pe.Redirect({to:n})).catch(()=>{window.open(s,"_top")}))}return i`<a class="settings-link" href=${s} target="_top" onClick=${o}>${r}</a>`}function $a({name:e,slug:t,config:r,bridge:n}){return i`<section class="card not-active" role="status" data-channel=${t}>
    <h1>${a("notActive.title",{name:e})}</h1>
    <p>${a("notActive.text",{name:e})}</p>
    <p><${fr} config=${r} bridge=${n}>${a("notActive.link")}<//></p>
  </section>`}function ha({error:e,onBack:t}){let r=e.status===404?"error.notFound":e.status>=500?"error.server":"error.network";return i`<section class="card console-error" role="alert" data-status=${e.status}>
    <h1>${a("error.title",{status:e.status||"—"})}</h1>
    <p>${a(r)}</p>
    ${e.reason&&i`<pre class="muted">${e.reason}</pre>`}
    <p><button type="button" class="secondary" onClick=${t}>${a("error.back")}</button></p>
  </section>`}function gi({gql:e,onToken:t}){let r=K({email:"",password:""}),[n,s]=y([]),[o,l]=y(!1);async function p(u){u.preventDefault(),l(!0);try{let{payload:c,errors:m}=await ut(e,En,r.values,"tokenCreate");s(m),!m.length&&c.token&&t(c.token)}catch(c){s([{field:null,code:"INVALID",message:c.message}])}finally{l(!1)}}return i`<main class="sign-in">
    <form class="card" onSubmit=${p} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">${a("signIn.title")}</h1>
      <p class="muted">${a("signIn.intro")}</p>
      <${v} label=${a("signIn.email")} name="email" errors=${n}>
        <${w} name="email" type="email" value=${r.values.email} set=${r.set} required autocomplete="username" />
      <//>
      <${v} label=${a("signIn.password")} name="password" errors=${n}>
        <${w} name="password" type="password" value=${r.values.password} set=${r.set} required autocomplete="current-password" />
      <//>
      <${H} errors=${n} fields=${["email","password"]} />
      <button type="submit" disabled=${o}>${a("signIn.submit")}</button>
    </form>
  </main>`}function _i({onSignOut:e,framed:t}){return i`<main class="no-permission card" role="alert">
    <h1>${a("noPermission.title")}</h1>
    <p>${a("noPermission.text")}</p>
    ${!t&&i`<button type="button" onClick=${e}>${a("signOut")}</button>`}
  </main>`}function yi({router:e}){let[t,r]=y("");return i`<main class="sign-in">
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
  </main>`}var wi=new Set(["customer","order"]);function bi({bridge:e,children:t}){let r=it(null);return j(()=>{if(!r.current||typeof ResizeObserver>"u")return;let n=new ResizeObserver(()=>Rn(e.current,r.current.scrollHeight));return n.observe(r.current),()=>n.disconnect()},[]),i`<main class="content embedded" ref=${r}>${t}</main>`}function va({config:e}){let t=ce(rr,[]),r=new URLSearchParams(location.search),n=ce(()=>Tn(e.base),[]),[s]=y(e.channel||r.get("channel")||""),[o,l]=y(()=>vt(r.get("lang"),t&&r.get("locale"),e.language)),[p,u]=y(()=>t?null:bn()),[c,m]=y(e.graphqlUrl),[d,f]=y(r.get("theme")||"light"),[$,g]=y("app"),h=it(null);Cn(o),j(()=>{document.documentElement.dataset.theme=d},[d]),j(()=>{t&&(h.current=wn(D=>{D.token&&u(D.token),D.saleorApiUrl&&m(D.saleorApiUrl),D.theme&&f(D.theme),D.locale&&!r.get("lang")&&l(vt(D.locale,o))}))},[]);let b=ce(()=>Br(c,()=>p),[c,p]),_=n.useRoute(),E=ma(b,e.programs||{}),[O,W]=y(null);function Q(){sr(null),u(null),g("app")}let q=pa(E,s),R={gql:b,channel:s,channelName:q,router:n,navigate:n.navigate,framed:t,onApiError(D){D.kind==="permission"?g("no-permission"):D.kind==="auth"&&!t&&Q()}};if(!p)return t?i`<p class="muted loading">${a("dashboard.waiting")}</p>`:i`<${gi}
      gql=${b}
      onToken=${D=>{sr(D),u(D)}}
    />`;if($==="no-permission")return i`<${_i} onSignOut=${Q} framed=${t} />`;if(!s)return i`<${yi} router=${n} />`;let ae=At[_.page]||At.overview,Z=At[_.page]?_.page:"overview",Ve=e.programs&&e.programs[s]!==!0,ee=i`<${ae} query=${_.query} />`;return O?ee=i`<${ha} error=${O} onBack=${()=>W(null)} />`:Ve&&(ee=i`<${$a} name=${q} slug=${s} config=${e} bridge=${h} />`),t&&wi.has(Z)?i`<${gt.Provider} value=${R}>
      <${bi} bridge=${h} key=${`${Z}-${o}`}>${ee}<//>
    <//>`:i`<${gt.Provider} value=${R}>
    <div class="layout">
      <nav class="sidebar" aria-label=${a("nav.label")}>
        <div class="brand">${a("app.title")}<small class="channel-name" title=${s} data-slug=${s}>${q}</small></div>
        <ul>
          ${da.map(D=>i`<li>
              <a
                href=${n.href(D)}
                class=${D===Z?"active":""}
                aria-current=${D===Z?"page":void 0}
                data-page=${D}
                onClick=${Ct=>{Ct.ctrlKey||Ct.metaKey||(Ct.preventDefault(),n.navigate(D))}}
              >${a(`nav.${D}`)}</a>
            </li>`)}
        </ul>
        <div class="sidebar-foot">
          <${fa} channels=${E} channel=${s} config=${e} onError=${W} />
          <${fr} config=${e} bridge=${h}>${a("settings.link")}<//>
          <label class="language">
            <span class="sr-only">${a("language")}</span>
            <select
              name="language"
              value=${Sn()}
              onChange=${D=>l(D.target.value)}
            >
              ${cr.map(D=>i`<option value=${D} selected=${D===o}>${a(`language.${D}`)}</option>`)}
            </select>
          </label>
          ${!t&&i`<button type="button" class="link" onClick=${Q}>${a("signOut")}</button>`}
        </div>
      </nav>
      <main class="content" data-page=${Z} key=${`${Z}-${o}`}>
        ${ee}
      </main>
    </div>
  <//>`}nr();var Ei=JSON.parse(document.getElementById("referrals-console-config").textContent);Lt(i`<${va} config=${Ei} />`,document.getElementById("referrals-console"));
